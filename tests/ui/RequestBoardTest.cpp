#include "requests/RequestBoard.h"
#include "../core/ProgrammeFixture.h"
#include "BoardWait.h"
#include "board/BoardColumnWidget.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "board/BoardView.h"
#include "board/CollapsedColumn.h"
#include "common/SearchField.h"
#include "requests/MatchDialog.h"
#include "requests/RequestBoardSource.h"
#include "requests/RequestsModel.h"
#include "requests/RequestsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

int column(RequestStatus status)
{
    return static_cast<int>(status);
}

// Everything in the database but the audit trail, which records the undo too.
QString dataWithoutAudit(test::TempDatabase &temp)
{
    QStringList lines = temp.snapshot().split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("audit_events|")); });
    return lines.join(QLatin1Char('\n'));
}

class RequestBoardTest : public test::ProgrammeFixture
{
protected:
    void SetUp() override
    {
        Account logistics = account(QStringLiteral("Harbour Logistics"));
        mei = enrolled(QStringLiteral("mei@harbour.example"), logistics.id);
        call = logged(QStringLiteral("Reference call"), QStringLiteral("Northwind renewal"),
                      QStringLiteral("Ravi (Sales)"), 120000, today().addDays(3));
        story = logged(QStringLiteral("Case study"), QStringLiteral("Contoso expansion"),
                       QStringLiteral("Lena (Marketing)"), 80000, {});
        ASSERT_TRUE(services().requests().recordAsk(story.id, mei.id, QStringLiteral("test setup")).ok());
        // Start from the defaults: exits collapsed, whatever an earlier run left in the settings.
        QSettings().remove(QStringLiteral("boards/request"));
        board = std::make_unique<RequestBoard>(services(), &undo);
        page()->setReasonPrompt(
            [this](QWidget *, const QString &) -> std::optional<QString> { return reason; });
        board->resize(1500, 700);
        board->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(board.get()));
        ASSERT_TRUE(loaded());
    }

    bool loaded() { return test::boardLoaded(*model()); }

    Request logged(const QString &activityName, const QString &opportunity, const QString &requester,
                   qint64 dealSize, const QDate &neededBy)
    {
        Request input;
        input.activityTypeId = activity(activityName);
        input.opportunity = opportunity;
        input.prospectCompany = QStringLiteral("Northwind Traders");
        input.industry = QStringLiteral("Logistics");
        input.segment = QStringLiteral("enterprise");
        input.region = QStringLiteral("APAC");
        input.requester = requester;
        input.dealSize = dealSize;
        input.neededBy = neededBy;
        auto created = services().requests().create(input);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return created.ok() ? *created : Request{};
    }

    BoardPage *page() { return board->page(); }
    BoardModel *model() { return page()->model(); }
    RequestStatus statusOf(const Request &request) { return services().requests().get(request.id)->status; }
    QListView *listOf(RequestStatus status) { return page()->view()->columnWidget(column(status))->list(); }
    int cardsIn(RequestStatus status) { return model()->rowCount(model()->columnIndex(column(status))); }

    void dropOn(QWidget *target, const Request &request, const QPoint &at)
    {
        std::unique_ptr<QMimeData> data(model()->mimeData({model()->indexOfCard(request.id)}));
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
    }

    QUndoStack undo;
    std::unique_ptr<RequestBoard> board;
    QString reason = QStringLiteral("Sales confirmed the date");
    Advocate mei;
    Request call, story;
};

TEST_F(RequestBoardTest, ModelPassesTheItemModelTesterThroughReloadAndFilter)
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(test::reloadBoard(*model()));
    board->searchField()->setText(QStringLiteral("contoso")); // any case, like the old in-memory filter
    board->searchField()->searchNow();
    ASSERT_TRUE(loaded());
    EXPECT_EQ(cardsIn(RequestStatus::Asked), 1);
    EXPECT_EQ(cardsIn(RequestStatus::New), 0);
    board->searchField()->clear();
    board->searchField()->searchNow();
    ASSERT_TRUE(loaded());
    EXPECT_EQ(cardsIn(RequestStatus::New), 1);
}

TEST_F(RequestBoardTest, ColumnsFollowTheLifecycleAndCardsShowTheRequest)
{
    ASSERT_EQ(model()->columns().size(), allRequestStatusValues().size());
    for (RequestStatus exit : {RequestStatus::Declined, RequestStatus::Cancelled, RequestStatus::Expired})
        EXPECT_TRUE(model()->columns()[column(exit)].isExit) << keyOf(exit).toStdString();
    EXPECT_FALSE(model()->columns()[column(RequestStatus::Asked)].isExit);
    // Exit columns start collapsed.
    EXPECT_TRUE(page()->view()->columnWidget(column(RequestStatus::Cancelled))->isCollapsed());
    EXPECT_FALSE(page()->view()->columnWidget(column(RequestStatus::New))->isCollapsed());

    const QModelIndex card = model()->indexOfCard(call.id);
    ASSERT_TRUE(card.isValid());
    EXPECT_EQ(card.parent().row(), column(RequestStatus::New));
    EXPECT_EQ(card.data().toString(), QStringLiteral("Northwind renewal"));
    EXPECT_EQ(card.data(RequestBoardSource::RequesterRole).toString(), QStringLiteral("Ravi (Sales)"));
    EXPECT_EQ(card.data(RequestBoardSource::ActivityRole).toString(), QStringLiteral("Reference call"));
    EXPECT_EQ(card.data(RequestBoardSource::ProspectRole).toString(),
              QStringLiteral("Logistics · Enterprise · APAC"));
    EXPECT_EQ(card.data(BoardModel::AmountRole).toLongLong(), 120000);
    EXPECT_EQ(card.data(RequestBoardSource::DaysLeftRole).toInt(), 3);
    EXPECT_FALSE(model()->indexOfCard(story.id).data(RequestBoardSource::DaysLeftRole).isValid());
    EXPECT_EQ(model()->indexOfCard(story.id).data(RequestBoardSource::AskedAdvocateRole).toString(),
              mei.name);

    const QModelIndex asked = model()->columnIndex(column(RequestStatus::Asked));
    EXPECT_EQ(asked.data(BoardModel::CountRole).toInt(), 1);
    EXPECT_EQ(asked.data(BoardModel::ArrRole).toLongLong(), 80000);
    auto *summary = page()
                        ->view()
                        ->columnWidget(column(RequestStatus::New))
                        ->findChild<QLabel *>(QStringLiteral("columnSummary"));
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("$120K"))) << summary->text().toStdString();
}

TEST_F(RequestBoardTest, KeyboardMoveChangesTheDatabaseAndUndoRestoresItExactly)
{
    const QString before = dataWithoutAudit(temp);
    QListView *fresh = listOf(RequestStatus::New);
    page()->view()->selectAdvocate(call.id);
    ASSERT_TRUE(fresh->hasFocus() || QApplication::focusWidget() == fresh);
    temp.clock().set(temp.clock().now().addSecs(600)); // a move stamps a new updated_at
    QTest::keyClick(fresh, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(call) == RequestStatus::Matching; }, 3000));
    ASSERT_TRUE(loaded());
    EXPECT_EQ(cardsIn(RequestStatus::Matching), 1);
    auto events = services().audit().forEntity(call.id);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events->last().reason, reason);
    EXPECT_EQ(events->last().newValue, QStringLiteral("matching"));
    ASSERT_EQ(undo.count(), 1);

    undo.undo();
    EXPECT_EQ(dataWithoutAudit(temp), before);
    ASSERT_TRUE(loaded());
    EXPECT_EQ(cardsIn(RequestStatus::New), 1);
    undo.redo();
    EXPECT_EQ(statusOf(call), RequestStatus::Matching);
}

TEST_F(RequestBoardTest, DroppingACardOnAnotherColumnMovesItAndUndoTakesItBack)
{
    const QString before = dataWithoutAudit(temp);
    dropOn(listOf(RequestStatus::Matching)->viewport(), call, QPoint(40, 20));
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(call) == RequestStatus::Matching; }, 3000));
    EXPECT_EQ(undo.count(), 1);
    undo.undo();
    EXPECT_EQ(dataWithoutAudit(temp), before);
}

TEST_F(RequestBoardTest, ACollapsedExitColumnStillAcceptsADrop)
{
    auto *strip =
        page()->view()->columnWidget(column(RequestStatus::Cancelled))->findChild<CollapsedColumn *>();
    ASSERT_TRUE(strip && strip->isVisible());
    dropOn(strip, story, QPoint(10, 40));
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(story) == RequestStatus::Cancelled; }, 3000));
}

TEST_F(RequestBoardTest, ARefusedMoveSaysWhyAndWritesNothing)
{
    const QString before = temp.snapshot();
    EXPECT_EQ(page()->moveCards({call.id}, column(RequestStatus::Scheduled)), 0);
    EXPECT_EQ(temp.snapshot(), before);
    EXPECT_TRUE(page()->notice()->isVisible());
    EXPECT_TRUE(page()->notice()->text().contains(QStringLiteral("one step at a time")))
        << page()->notice()->text().toStdString();
    EXPECT_EQ(undo.count(), 0);
}

TEST_F(RequestBoardTest, ActivityAndRequesterFiltersNarrowTheCards)
{
    QComboBox *requester = board->requesterBox();
    const int lena = requester->findText(QStringLiteral("Lena (Marketing)"));
    ASSERT_GE(lena, 0);
    requester->setCurrentIndex(lena);
    ASSERT_TRUE(loaded());
    EXPECT_FALSE(model()->indexOfCard(call.id).isValid());
    EXPECT_TRUE(model()->indexOfCard(story.id).isValid());
    requester->setCurrentIndex(0);
    QComboBox *activityBox = board->activityBox();
    activityBox->setCurrentIndex(activityBox->findText(QStringLiteral("Reference call")));
    ASSERT_TRUE(loaded());
    EXPECT_TRUE(model()->indexOfCard(call.id).isValid());
    EXPECT_FALSE(model()->indexOfCard(story.id).isValid());
}

TEST_F(RequestBoardTest, DoubleClickingACardOpensItsMatchDialog)
{
    board.reset();
    RequestsPage requests(services(), &undo);
    requests.showBoard(true);
    requests.resize(1500, 800);
    requests.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&requests));
    BoardPage *boardPage = requests.board()->page();
    ASSERT_TRUE(test::boardLoaded(*boardPage->model()));
    const QModelIndex card = boardPage->model()->indexOfCard(call.id);
    QListView *list = boardPage->view()->columnWidget(column(RequestStatus::New))->list();
    QString summary;
    QTimer closer; // the dialog runs its own event loop: look for it from there
    closer.setInterval(10);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<MatchDialog *>(QApplication::activeModalWidget());
            dialog && !dialog->isLoading()) {
            for (QLabel *label : dialog->findChildren<QLabel *>())
                summary += label->text();
            closer.stop();
            dialog->reject();
        }
    });
    closer.start();
    const QPoint at = list->visualRect(card).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at); // the press the double-click completes
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    EXPECT_TRUE(summary.contains(QStringLiteral("Northwind renewal"))) << summary.toStdString();
}

TEST_F(RequestBoardTest, ThePageRemembersBoardOrTable)
{
    board.reset();
    {
        RequestsPage page(services(), &undo);
        page.showBoard(false);
        EXPECT_FALSE(page.showsBoard());
    }
    RequestsPage again(services(), &undo);
    EXPECT_FALSE(again.showsBoard());
    again.findChild<QToolButton *>(QStringLiteral("requestsBoardButton"))->click();
    EXPECT_TRUE(again.showsBoard());
    EXPECT_EQ(QSettings().value(QStringLiteral("requests/view")).toString(), QStringLiteral("board"));
}

} // namespace

namespace {

// Not a check: writes the README's request board screenshots when
// ADVOCATEDESK_SCREENSHOT_DB names a demo database (see README, "Requests").
TEST(Screenshots, RequestBoard)
{
    const QString path = qEnvironmentVariable("ADVOCATEDESK_SCREENSHOT_DB");
    const QString out = qEnvironmentVariable("ADVOCATEDESK_SCREENSHOT_DIR");
    if (path.isEmpty() || out.isEmpty())
        GTEST_SKIP() << "set ADVOCATEDESK_SCREENSHOT_DB and ADVOCATEDESK_SCREENSHOT_DIR to write screenshots";
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    FixedClock clock(test::TempDatabase::pinnedNow());
    Services services(**db, clock, QStringLiteral("screenshots"));
    QUndoStack undo;
    QSettings().remove(QStringLiteral("boards/request")); // the default look: exits collapsed
    for (const QSize size : {QSize(1600, 1000), QSize(1024, 700)}) {
        RequestsPage page(services, &undo);
        page.showBoard(true);
        page.resize(size);
        page.show();
        ASSERT_TRUE(test::boardLoaded(*page.board()->page()->model()));
        QTest::qWait(50);
        ASSERT_TRUE(page.grab().save(QStringLiteral("%1/request-board-%2.png").arg(out).arg(size.width())));
    }
    // A request with an accepted ask chosen: its detail beside the board and the table.
    QString accepted; // the one with the most asks
    qsizetype most = 0;
    const auto requests = services.requests().list();
    ASSERT_TRUE(requests.ok());
    for (const Request &request : *requests) {
        const auto asks = services.requests().asks(request.id);
        for (const Ask &ask : *asks)
            if (ask.answer == AskAnswer::Accepted && asks->size() > most) {
                accepted = request.id;
                most = asks->size();
            }
    }
    ASSERT_FALSE(accepted.isEmpty());
    for (bool board : {true, false}) {
        RequestsPage page(services, &undo);
        page.showBoard(board);
        page.resize(1024, 700);
        page.show();
        if (board) {
            ASSERT_TRUE(test::boardLoaded(*page.board()->page()->model()));
            page.board()->page()->view()->selectAdvocate(accepted);
        } else {
            page.table()->selectRow(page.model()->rowOf(accepted));
        }
        QTest::qWait(50);
        ASSERT_TRUE(page.grab().save(
            QStringLiteral("%1/request-detail-%2-1024.png").arg(out, board ? QStringLiteral("board") : QStringLiteral("table"))));
    }
}

} // namespace
