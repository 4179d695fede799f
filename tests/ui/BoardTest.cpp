#include "BoardWait.h"
#include "TempDatabase.h"
#include "board/BoardColumnWidget.h"
#include "board/BoardFilterBar.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "board/BoardView.h"
#include "board/CollapsedColumn.h"
#include "common/SearchField.h"
#include "demo/DemoGenerator.h"
#include "storage/SqlQuery.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

int column(NominationStatus status)
{
    return static_cast<int>(status);
}

class BoardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Account acme = temp.makeAccount(QStringLiteral("Acme Logistics"));
        ada = temp.makeAdvocate(QStringLiteral("ada@acme.example"), acme.id, QStringLiteral("Ada Lim"));
        bo = temp.makeAdvocate(QStringLiteral("bo@acme.example"), acme.id, QStringLiteral("Bo Tan"));
        cy = temp.makeAdvocate(QStringLiteral("cy@acme.example"), acme.id, QStringLiteral("Cy Wong"));
        for (const Advocate &advocate : {ada, bo})
            ASSERT_TRUE(
                temp.services().nominations().nominate(advocate.id, QStringLiteral("Promoter at QBR")).ok());
        page = std::make_unique<BoardPage>(temp.services(), BoardKind::Nomination, &undo);
        page->setReasonPrompt(
            [this](QWidget *, const QString &) -> std::optional<QString> { return reason; });
        page->resize(1400, 700);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        ASSERT_TRUE(test::boardLoaded(*page->model()));
    }

    NominationStatus statusOf(const Advocate &advocate)
    {
        return temp.services().nominations().forAdvocate(advocate.id)->value().status;
    }

    QString nominationRow(const Advocate &advocate)
    {
        const Nomination n = temp.services().nominations().forAdvocate(advocate.id)->value();
        return keyOf(n.status) + QLatin1Char('|') + n.statusChangedAt.toString(Qt::ISODateWithMs) +
               QLatin1Char('|') + n.evidence;
    }

    QListView *listOf(int column) { return page->view()->columnWidget(column)->list(); }

    // Sends the drag-enter, drag-move and drop a real drag would deliver.
    void dropOn(QWidget *target, const Advocate &advocate, const QPoint &at)
    {
        const QModelIndex card = page->model()->indexOfAdvocate(advocate.id);
        std::unique_ptr<QMimeData> data(page->model()->mimeData({card}));
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
    }

    test::TempDatabase temp;
    QUndoStack undo;
    std::unique_ptr<BoardPage> page;
    Advocate ada, bo, cy;
    QString reason = QStringLiteral("Checked with the AE");
};

TEST_F(BoardTest, ModelPassesTheItemModelTesterThroughReloadAndFilter)
{
    BoardModel model(temp.services(), BoardKind::Nomination);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(test::reloadBoard(model));
    BoardFilter filter;
    filter.text = QStringLiteral("ada");
    model.setFilter(filter);
    ASSERT_TRUE(test::boardLoaded(model));
    EXPECT_EQ(model.rowCount(model.columnIndex(column(NominationStatus::Nominated))), 1);
    filter.tier = Tier::Vip;
    model.setFilter(filter);
    ASSERT_TRUE(test::boardLoaded(model));
    EXPECT_EQ(model.rowCount(), int(allNominationStatusValues().size()));
    EXPECT_EQ(model.rowCount(model.columnIndex(column(NominationStatus::Nominated))), 0);
}

TEST_F(BoardTest, CardsSitInTheColumnOfTheirStatusWithCountsAndArr)
{
    BoardModel *model = page->model();
    const QModelIndex nominated = model->columnIndex(column(NominationStatus::Nominated));
    EXPECT_EQ(model->rowCount(nominated), 2); // Cy was never nominated
    EXPECT_EQ(nominated.data(BoardModel::CountRole).toInt(), 2);
    EXPECT_EQ(nominated.data(BoardModel::ArrRole).toLongLong(), 2 * 120000);
    EXPECT_EQ(model->index(0, 0, nominated).data().toString(), QStringLiteral("Ada Lim"));
    EXPECT_FALSE(model->indexOfAdvocate(cy.id).isValid());
}

TEST_F(BoardTest, KeyboardMoveChangesTheDatabaseAndUndoRestoresItExactly)
{
    const QString before = nominationRow(ada);
    QListView *nominated = listOf(column(NominationStatus::Nominated));
    page->view()->selectAdvocate(ada.id);
    ASSERT_TRUE(nominated->hasFocus() || QApplication::focusWidget() == nominated);
    QTest::keyClick(nominated, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(ada) == NominationStatus::InReview; }, 3000));
    ASSERT_TRUE(test::boardLoaded(*page->model()));

    auto events = temp.services().audit().forAdvocate(ada.id);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events->last().reason, reason);
    EXPECT_EQ(page->model()->rowCount(page->model()->columnIndex(column(NominationStatus::InReview))), 1);
    ASSERT_EQ(undo.count(), 1);

    undo.undo();
    EXPECT_EQ(nominationRow(ada), before);
    ASSERT_TRUE(test::boardLoaded(*page->model()));
    EXPECT_EQ(page->model()->rowCount(page->model()->columnIndex(column(NominationStatus::Nominated))), 2);
    // The moved card stays selected in its new column.
    EXPECT_EQ(page->view()->selectedAdvocateIds(), QStringList{ada.id});
    undo.redo();
    EXPECT_EQ(statusOf(ada), NominationStatus::InReview);
}

TEST_F(BoardTest, ArrowKeysWalkAcrossColumns)
{
    ASSERT_EQ(page->moveCards({bo.id}, column(NominationStatus::InReview)), 1);
    ASSERT_TRUE(test::boardLoaded(*page->model()));
    page->view()->selectAdvocate(ada.id);
    QListView *nominated = listOf(column(NominationStatus::Nominated));
    QTest::keyClick(nominated, Qt::Key_Right);
    EXPECT_EQ(page->view()->currentColumn(), column(NominationStatus::InReview));
    EXPECT_EQ(page->view()->selectedAdvocateIds(), QStringList{bo.id});
}

TEST_F(BoardTest, ARefusedMoveSaysWhyAndWritesNothing)
{
    const QString before = temp.snapshot();
    EXPECT_EQ(page->moveCards({ada.id}, column(NominationStatus::Invited)), 0);
    EXPECT_EQ(temp.snapshot(), before);
    EXPECT_TRUE(page->notice()->isVisible());
    EXPECT_TRUE(page->notice()->text().contains(QStringLiteral("Cultivating")))
        << page->notice()->text().toStdString();
    EXPECT_EQ(undo.count(), 0);
}

TEST_F(BoardTest, ARefusedMoveIsRefusedBeforeAnyoneTypesAReason)
{
    int asked = 0;
    page->setReasonPrompt([&asked](QWidget *, const QString &) -> std::optional<QString> {
        ++asked;
        return QStringLiteral("because");
    });
    EXPECT_EQ(page->moveCards({ada.id}, column(NominationStatus::Invited)), 0);
    EXPECT_EQ(asked, 0) << "the pipeline rules answer first";
    EXPECT_TRUE(page->notice()->text().contains(QStringLiteral("Cultivating")));
    // Of two cards, only the one that may move is asked about, and moved.
    ASSERT_TRUE(temp.services().nominations().move(temp.services().nominations().forAdvocate(bo.id)->value().id,
                                                   NominationStatus::InReview).ok());
    ASSERT_TRUE(test::boardLoaded(*page->model()));
    EXPECT_EQ(page->moveCards({ada.id, bo.id}, column(NominationStatus::Cultivating)), 1);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(statusOf(bo), NominationStatus::Cultivating);
}

TEST_F(BoardTest, CancellingTheReasonCancelsTheMove)
{
    page->setReasonPrompt([](QWidget *, const QString &) { return std::optional<QString>(); });
    const QString before = temp.snapshot();
    EXPECT_EQ(page->moveCards({ada.id}, column(NominationStatus::InReview)), 0);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(BoardTest, DroppingACardOnAnotherColumnMovesIt)
{
    QListView *target = listOf(column(NominationStatus::InReview));
    dropOn(target->viewport(), bo, QPoint(40, 20));
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(bo) == NominationStatus::InReview; }, 3000));
    EXPECT_EQ(undo.count(), 1);
    undo.undo();
    EXPECT_EQ(statusOf(bo), NominationStatus::Nominated);
}

TEST_F(BoardTest, ACollapsedExitColumnStillAcceptsADrop)
{
    BoardColumnWidget *declined = page->view()->columnWidget(column(NominationStatus::Declined));
    declined->setCollapsed(true);
    auto *strip = declined->findChild<CollapsedColumn *>();
    ASSERT_TRUE(strip && strip->isVisible());
    dropOn(strip, ada, QPoint(10, 40));
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(ada) == NominationStatus::Declined; }, 3000));
}

TEST_F(BoardTest, ACollapsedExitColumnStandsOutInADarkPalette)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    dark.setColor(QPalette::Mid, QColor(0x2b, 0x2d, 0x31).darker(120));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        dark.setColor(role, QColor(0xe8, 0xea, 0xed));
    page->setPalette(dark);
    BoardColumnWidget *paused = page->view()->columnWidget(column(NominationStatus::Paused));
    paused->setCollapsed(true);
    auto *strip = paused->findChild<CollapsedColumn *>();
    ASSERT_TRUE(strip && strip->isVisible());
    const QImage image = strip->grab().toImage();
    // The outline, a pixel or two inside the strip's left edge, halfway down:
    // it must differ from the page around it by more than a shade.
    const auto lightness = [](const QColor &colour) { return colour.toHsl().lightness(); };
    const int window = lightness(dark.color(QPalette::Window));
    int strongest = 0;
    for (int x = 0; x < 4; ++x)
        for (int y = image.height() / 2 - 6; y < image.height() / 2 + 6; ++y)
            strongest = std::max(strongest, std::abs(lightness(image.pixelColor(x, y)) - window));
    EXPECT_GT(strongest, 40) << "the collapsed column's outline vanishes into a dark page";
}

TEST_F(BoardTest, FiltersNarrowTheCards)
{
    ASSERT_TRUE(temp.services().advocates().setTier(bo.id, Tier::Gold, QStringLiteral("test")).ok());
    page->reload();
    QComboBox *tier = page->filterBar()->tierBox();
    tier->setCurrentIndex(tier->findData(keyOf(Tier::Gold)));
    ASSERT_TRUE(test::boardLoaded(*page->model()));
    const QModelIndex nominated = page->model()->columnIndex(column(NominationStatus::Nominated));
    ASSERT_EQ(page->model()->rowCount(nominated), 1);
    EXPECT_EQ(page->model()->index(0, 0, nominated).data().toString(), QStringLiteral("Bo Tan"));

    tier->setCurrentIndex(0);
    QTest::keyClicks(page->filterBar()->searchField(), QStringLiteral("ada"));
    QTest::keyClick(page->filterBar()->searchField(), Qt::Key_Return);
    ASSERT_TRUE(test::boardLoaded(*page->model()));
    ASSERT_EQ(page->model()->rowCount(nominated), 1);
    EXPECT_EQ(page->model()->index(0, 0, nominated).data().toString(), QStringLiteral("Ada Lim"));

    // The industry choices came with the cards, from the accounts.
    QComboBox *industry = page->filterBar()->industryBox();
    const int logistics = industry->findText(QStringLiteral("Logistics"));
    ASSERT_GE(logistics, 1) << "the first entry is \"All industries\"";
    page->filterBar()->searchField()->clear();
    page->filterBar()->searchField()->searchNow();
    ASSERT_TRUE(test::boardLoaded(*page->model()));
    industry->setCurrentIndex(logistics);
    ASSERT_TRUE(test::boardLoaded(*page->model()));
    EXPECT_EQ(page->model()->rowCount(nominated), 2);
    EXPECT_EQ(industry->currentText(), QStringLiteral("Logistics")) << "a reload keeps the choice";
}

TEST_F(BoardTest, ASoftLimitShowsAsCountOverLimit)
{
    page->model()->setSoftLimit(column(NominationStatus::Nominated), 1);
    auto *summary = page->view()
                        ->columnWidget(column(NominationStatus::Nominated))
                        ->findChild<QLabel *>(QStringLiteral("columnSummary"));
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("2 / 1"))) << summary->text().toStdString();
    page->model()->setSoftLimit(column(NominationStatus::Nominated), 0);
}

TEST(JourneyBoard, MovingAStageIsAuditedAndUndone)
{
    test::TempDatabase temp;
    Account acme = temp.makeAccount();
    Advocate ada = temp.makeAdvocate(QStringLiteral("ada@acme.example"), acme.id, QStringLiteral("Ada Lim"));
    QUndoStack undo;
    BoardPage page(temp.services(), BoardKind::Journey, &undo);
    page.setReasonPrompt(
        [](QWidget *, const QString &) { return std::optional<QString>(QStringLiteral("Gave a talk")); });
    page.show();
    ASSERT_TRUE(test::boardLoaded(*page.model()));
    ASSERT_EQ(page.model()->rowCount(page.model()->columnIndex(0)), 1);
    ASSERT_EQ(page.moveCards({ada.id}, 2), 1);
    EXPECT_EQ(temp.services().advocates().get(ada.id)->journeyStage, 3);
    ASSERT_TRUE(test::boardLoaded(*page.model()));
    EXPECT_EQ(page.model()->rowCount(page.model()->columnIndex(2)), 1);
    undo.undo();
    EXPECT_EQ(temp.services().advocates().get(ada.id)->journeyStage, 1);
    ASSERT_TRUE(test::boardLoaded(*page.model()));
    EXPECT_EQ(page.model()->rowCount(page.model()->columnIndex(0)), 1);
}

TEST(JourneyBoard, AHiddenBoardReadsItsCardsOnlyWhenShown)
{
    test::TempDatabase temp;
    Account acme = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("ada@acme.example"), acme.id, QStringLiteral("Ada Lim"));
    QUndoStack undo;
    BoardPage page(temp.services(), BoardKind::Journey, &undo);
    page.reload(); // what a change elsewhere asks of every board
    EXPECT_FALSE(page.model()->isLoading());
    EXPECT_FALSE(page.model()->hasLoaded());
    page.show();
    EXPECT_TRUE(page.model()->isLoading()) << "the window paints first; the cards come from the loader";
    ASSERT_TRUE(test::boardLoaded(*page.model()));
    EXPECT_EQ(page.model()->columnIndex(0).data(BoardModel::CountRole).toInt(), 1);
}

// A programme bigger than a page per column: what the user scrolls through.
class BoardScale : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoGenerator generator(temp.db(), temp.clock());
        ASSERT_TRUE(generator.generate(DemoOptions{2000, 3}).ok());
        page = std::make_unique<BoardPage>(temp.services(), BoardKind::Journey, &undo);
        page->resize(1400, 700);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        ASSERT_TRUE(test::boardLoaded(*page->model()));
    }

    int totalIn(int column) { return page->model()->columnIndex(column).data(BoardModel::CountRole).toInt(); }
    int loadedIn(int column) { return page->model()->rowCount(page->model()->columnIndex(column)); }

    test::TempDatabase temp;
    QUndoStack undo;
    std::unique_ptr<BoardPage> page;
};

TEST_F(BoardScale, ColumnsCountEveryCardButReadOnlyTheFirstPage)
{
    int cards = 0;
    for (int c = 0; c < page->model()->rowCount(); ++c) {
        cards += totalIn(c);
        EXPECT_EQ(loadedIn(c), qMin(totalIn(c), BoardModel::kFirstPageSize)) << "column " << c;
    }
    EXPECT_EQ(cards, 2000);
    EXPECT_TRUE(page->view()->columnWidget(0)->list()->uniformItemSizes());
}

TEST_F(BoardScale, ScrollingToTheEndOfAColumnReadsTheNextPages)
{
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QListView *list = page->view()->columnWidget(0)->list();
    ASSERT_GT(totalIn(0), BoardModel::kFirstPageSize + BoardModel::kPageSize);
    QStringList seen;
    // As a user would: drag the scroll bar to the bottom, again and again.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
            return loadedIn(0) == totalIn(0);
        },
        20000));
    for (int row = 0; row < loadedIn(0); ++row)
        seen << page->model()
                    ->index(row, 0, page->model()->columnIndex(0))
                    .data(BoardModel::CardIdRole)
                    .toString();
    EXPECT_EQ(QSet<QString>(seen.cbegin(), seen.cend()).size(), totalIn(0)) << "every card once";
    EXPECT_FALSE(page->model()->canFetchMore(page->model()->columnIndex(0)));
}

TEST_F(BoardScale, SelectingACardFarDownItsColumnReadsDownToIt)
{
    auto far = temp.services().boards().page(BoardKind::Journey, {}, 0, BoardModel::kFirstPageSize + 130, 1);
    ASSERT_TRUE(far.ok() && far->size() == 1);
    const QString id = far->first().advocateId;
    EXPECT_FALSE(page->model()->indexOfCard(id).isValid());
    page->view()->selectAdvocate(id);
    const QModelIndex card = page->model()->indexOfCard(id);
    ASSERT_TRUE(card.isValid());
    EXPECT_EQ(card.row(), BoardModel::kFirstPageSize + 130);
    EXPECT_EQ(page->view()->selectedAdvocateIds(), QStringList{id});
}

} // namespace
