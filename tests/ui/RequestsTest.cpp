#include "../core/ProgrammeFixture.h"
#include "BoardWait.h"
#include "DefaultLocale.h"
#include "board/BoardPage.h"
#include "board/BoardView.h"
#include "dialogs/EngagementDialogs.h"
#include "profile/PreferencesEditor.h"
#include "profile/ProfileWindow.h"
#include "requests/MatchDialog.h"
#include "requests/RequestBoard.h"
#include "requests/RequestDetailPanel.h"
#include "requests/RequestDialogs.h"
#include "requests/RequestsModel.h"
#include "requests/RequestsPage.h"
#include "util/Formats.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class RequestsTest : public test::ProgrammeFixture
{
protected:
    void SetUp() override
    {
        Account logistics = account(QStringLiteral("Harbour Logistics"));
        Account health = account(QStringLiteral("Aurora Health"), QStringLiteral("Healthcare"));
        fit = enrolled(QStringLiteral("fit@harbour.example"), logistics.id);
        other = enrolled(QStringLiteral("other@aurora.example"), health.id);
        tired = enrolled(QStringLiteral("tired@harbour.example"), logistics.id);
        pastAsk(tired, QStringLiteral("Reference call"), 10);
        pastAsk(tired, QStringLiteral("Reference call"), 20);
        ask = request(QStringLiteral("Reference call"), QStringLiteral("Logistics"));
        auto aisha = services().users().create(QStringLiteral("Aisha"), UserRole::Csm);
        ASSERT_TRUE(aisha.ok());
        fit.ownerId = aisha->id;
        ASSERT_TRUE(services().advocates().update(fit).ok());
    }

    // `fit` is asked today and accepts two days later.
    void askFitAndAccept()
    {
        ASSERT_TRUE(services().requests().recordAsk(ask.id, fit.id).ok());
        temp.clock().advanceDays(2);
        ASSERT_TRUE(services().requests().answer(ask.id, fit.id, AskAnswer::Accepted).ok());
    }

    // The asked advocate's row in the request's detail.
    static QFrame *askRow(RequestsPage &page, const QString &advocateId)
    {
        return page.detail()->findChild<QFrame *>(QStringLiteral("ask:") + advocateId);
    }
    static QString labelText(QWidget *row, const char *name)
    {
        auto *label = row ? row->findChild<QLabel *>(QLatin1String(name)) : nullptr;
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

    Advocate fit, other, tired;
    Request ask;
};

// Clicks OK in the next form dialog of type D once it is up, after `check`.
template <typename D> void okInNextDialog(std::function<void(D *)> check)
{
    auto tryNow = std::make_shared<std::function<void()>>();
    *tryNow = [tryNow, check] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, *tryNow);
            return;
        }
        check(dialog);
        auto *buttons = dialog->template findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog->isVisible()) // refused: leave no modal loop behind
            dialog->reject();
    };
    QTimer::singleShot(0, *tryNow);
}

TEST_F(RequestsTest, ModelPassesTheTesterAndFiltersByStatus)
{
    RequestsModel model(services());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GE(model.rowCount(), 1);
    model.setStatusFilter(RequestStatus::New);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(RequestsModel::RequestIdRole).toString(), ask.id);
    model.setStatusFilter(std::nullopt);
}

TEST_F(RequestsTest, ModelReadsAPageAtATimeInListOrder)
{
    // More requests than a page, on a few dates, so the order's tie-breaks count.
    for (int i = 0; i < RequestsModel::kPageSize + 50; ++i) {
        if (i % 100 == 0)
            temp.clock().advanceDays(1);
        request(QStringLiteral("Reference call"), QStringLiteral("Logistics"));
    }
    auto everything = services().requests().list();
    ASSERT_TRUE(everything.ok());
    RequestsModel model(services());
    EXPECT_EQ(model.totalCount(), everything->size());
    EXPECT_EQ(model.rowCount(), RequestsModel::kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The last request is not read yet; asking for its row reads down to it.
    const QString last = everything->last().id;
    EXPECT_EQ(model.rowOf(last), everything->size() - 1);
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), everything->size());
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.index(row, 0).data(RequestsModel::RequestIdRole).toString(), everything->at(row).id)
            << "row " << row;
    model.setStatusFilter(RequestStatus::Closed);
    EXPECT_EQ(model.rowOf(last), -1);
}

TEST_F(RequestsTest, TheMatchDialogOpensAtOnceAndRanksThePoolOffTheWindowsThread)
{
    MatchDialog dialog(services(), ask.id);
    EXPECT_TRUE(dialog.isLoading());
    EXPECT_EQ(dialog.candidates()->rowCount(), 0) << "ranked before the dialog could paint";
    EXPECT_FALSE(dialog.askButton()->isEnabled()) << "nobody to ask yet";
    bool saysMatching = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        saysMatching = saysMatching || label->text() == MatchDialog::tr("Matching…");
    EXPECT_TRUE(saysMatching);
    QSignalSpy loaded(&dialog, &MatchDialog::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_FALSE(dialog.isLoading());
    EXPECT_GE(dialog.candidates()->rowCount(), 2);
    EXPECT_TRUE(dialog.askButton()->isEnabled());
}

TEST_F(RequestsTest, MatchingRanksTheBestFitFirstAndSaysWhyOthersAreProtected)
{
    MatchDialog dialog(services(), ask.id);
    ASSERT_TRUE(QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 10000));
    QTableWidget *candidates = dialog.candidates();
    ASSERT_GE(candidates->rowCount(), 2);
    EXPECT_EQ(candidates->item(0, 1)->text(), QStringLiteral("fit"));
    bool tiredExcluded = false;
    for (int row = 0; row < dialog.excluded()->rowCount(); ++row)
        if (dialog.excluded()->item(row, 1)->text() == tired.email)
            tiredExcluded = !dialog.excluded()->item(row, 2)->text().isEmpty();
    EXPECT_TRUE(tiredExcluded);

    candidates->selectRow(0);
    QTest::mouseClick(dialog.askButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    auto asks = services().requests().asks(ask.id);
    ASSERT_EQ(asks->size(), 1);
    EXPECT_EQ(asks->first().advocateId, fit.id);
    EXPECT_EQ(services().requests().get(ask.id)->status, RequestStatus::Asked);
}

TEST_F(RequestsTest, MatchProtectionsWriteTheirDatesTheLocalesWay)
{
    Advocate later = enrolled(QStringLiteral("later@harbour.example"), fit.accountId);
    later.doNotAskUntil = QDate(2026, 7, 1);
    ASSERT_TRUE(services().advocates().update(later).ok());
    const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    const QList<QPair<QString, QString>> untilIn = {{QStringLiteral("en"), QStringLiteral("Jul 1, 2026")},
                                                    {QStringLiteral("zh_TW"), QStringLiteral("2026年7月1日")},
                                                    {QStringLiteral("ms"), QStringLiteral("1 Jul 2026")}};
    for (const auto &[name, until] : untilIn) {
        const test::DefaultLocale locale{QLocale(name)};
        MatchDialog dialog(services(), ask.id);
        ASSERT_TRUE(QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 10000));
        QString why;
        for (QTableWidget *table : {dialog.candidates(), dialog.excluded()})
            for (int row = 0; row < table->rowCount(); ++row)
                for (int column = 0; column < table->columnCount(); ++column)
                    if (const QTableWidgetItem *item = table->item(row, column)) {
                        EXPECT_FALSE(item->text().contains(iso))
                            << name.toStdString() << ": " << item->text().toStdString();
                        if (table == dialog.excluded() && table->item(row, 1)->text() == later.email)
                            why = table->item(row, 2)->text();
                    }
        EXPECT_TRUE(why.contains(until)) << name.toStdString() << ": " << why.toStdString();
    }
}

TEST_F(RequestsTest, ARefusedMoveIsShownAndChangesNothing)
{
    QUndoStack undo;
    RequestsPage page(services(), &undo);
    page.showBoard(false);
    page.show();
    page.table()->selectRow(page.model()->rowOf(ask.id));
    const QString before = temp.snapshot();
    EXPECT_FALSE(page.moveCurrent(int(RequestStatus::Completed)));
    EXPECT_EQ(temp.snapshot(), before);
    bool shown = false;
    for (QLabel *label : page.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && !label->text().isEmpty() &&
                          label->styleSheet().contains(QStringLiteral("fdecea")));
    EXPECT_TRUE(shown);
    EXPECT_TRUE(page.moveCurrent(int(RequestStatus::Cancelled)));
    EXPECT_EQ(services().requests().get(ask.id)->status, RequestStatus::Cancelled);
}

TEST_F(RequestsTest, SelectingARequestShowsWhoWasAskedTheirOwnerAndTheirAnswerWithDates)
{
    askFitAndAccept();
    QUndoStack undo;
    RequestsPage page(services(), &undo);
    page.resize(1024, 700);
    page.showBoard(false);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_TRUE(askRow(page, fit.id) == nullptr) << "nothing selected, nobody shown";
    page.table()->selectRow(page.model()->rowOf(ask.id));
    EXPECT_EQ(page.detail()->requestId(), ask.id);
    QFrame *row = askRow(page, fit.id);
    ASSERT_TRUE(row);
    EXPECT_TRUE(row->isVisible());
    auto *link = row->findChild<QPushButton *>(QStringLiteral("profileLink"));
    ASSERT_TRUE(link);
    EXPECT_EQ(link->text(), QStringLiteral("fit"));
    EXPECT_TRUE(labelText(row, "askOwner").contains(QStringLiteral("Aisha")))
        << labelText(row, "askOwner").toStdString();
    EXPECT_EQ(labelText(row, "askAsked"),
              RequestDetailPanel::tr("Asked on %1").arg(Formats::date(QDate(2026, 6, 15))));
    EXPECT_EQ(labelText(row, "askAnswer"),
              RequestDetailPanel::tr("Accepted on %1").arg(Formats::date(QDate(2026, 6, 17))));
    for (const char *button : {"logContribution", "thank"}) {
        auto *b = row->findChild<QPushButton *>(QLatin1String(button));
        ASSERT_TRUE(b) << button;
        EXPECT_TRUE(b->isVisible() && b->isEnabled()) << button;
    }
    // It fits beside the table at 1024 px: the row is not clipped off the page.
    EXPECT_LE(row->mapTo(&page, QPoint(row->width(), 0)).x(), page.width());

    // On the board, choosing the card shows the same.
    page.showBoard(true);
    ASSERT_TRUE(test::boardLoaded(*page.board()->page()->model()));
    page.board()->page()->view()->selectAdvocate(ask.id);
    EXPECT_EQ(page.detail()->requestId(), ask.id);
    row = askRow(page, fit.id);
    ASSERT_TRUE(row);
    EXPECT_TRUE(row->isVisible());
    EXPECT_EQ(labelText(row, "askAnswer"),
              RequestDetailPanel::tr("Accepted on %1").arg(Formats::date(QDate(2026, 6, 17))));
}

TEST_F(RequestsTest, APendingAskShowsNoContributionActions)
{
    ASSERT_TRUE(services().requests().recordAsk(ask.id, fit.id).ok());
    QUndoStack undo;
    RequestsPage page(services(), &undo);
    page.showBoard(false);
    page.show();
    page.table()->selectRow(page.model()->rowOf(ask.id));
    QFrame *row = askRow(page, fit.id);
    ASSERT_TRUE(row);
    EXPECT_EQ(labelText(row, "askAnswer"), RequestDetailPanel::tr("Waiting for an answer"));
    EXPECT_EQ(row->findChild<QPushButton *>(QStringLiteral("logContribution")), nullptr);
    EXPECT_FALSE(page.detail()->logContribution(fit.id));
}

TEST_F(RequestsTest, LogContributionAndThankFromTheDetailAreLinkedToTheRequestAndUndone)
{
    askFitAndAccept();
    QUndoStack undo;
    RequestsPage page(services(), &undo);
    page.showBoard(false);
    page.show();
    page.table()->selectRow(page.model()->rowOf(ask.id));
    QFrame *row = askRow(page, fit.id);
    ASSERT_TRUE(row);
    EXPECT_EQ(labelText(row, "askContribution"),
              RequestDetailPanel::tr("No contribution logged for this request yet"));

    QString chosenType;
    okInNextDialog<ContributionDialog>(
        [&](ContributionDialog *dialog) { chosenType = dialog->typeBox()->currentData().toString(); });
    QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("logContribution")), Qt::LeftButton);
    EXPECT_EQ(chosenType, ask.activityTypeId) << "the request's activity is the default";
    auto contributions = services().engagement().contributions(fit.id);
    ASSERT_EQ(contributions->size(), 1);
    const Participation made = contributions->first();
    EXPECT_EQ(made.requestId, ask.id);
    EXPECT_EQ(made.activityTypeId, ask.activityTypeId);
    row = askRow(page, fit.id);
    ASSERT_TRUE(row);
    EXPECT_EQ(
        labelText(row, "askContribution"),
        RequestDetailPanel::tr("Contributed on %1; not thanked yet").arg(Formats::date(QDate(2026, 6, 17))));

    // Thank… thanks for that contribution.
    QString thankedFor;
    okInNextDialog<AppreciationDialog>([&](AppreciationDialog *dialog) {
        thankedFor = dialog->contributionBox()->currentData().toString();
    });
    QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("thank")), Qt::LeftButton);
    EXPECT_EQ(thankedFor, made.id);
    auto thanks = services().engagement().appreciations(fit.id);
    ASSERT_EQ(thanks->size(), 1);
    EXPECT_EQ(thanks->first().participationId, made.id);
    EXPECT_EQ(labelText(askRow(page, fit.id), "askContribution"),
              RequestDetailPanel::tr("Contributed on %1; thanked").arg(Formats::date(QDate(2026, 6, 17))));

    // Both are on Edit → Undo, newest first; the detail follows.
    ASSERT_EQ(undo.count(), 2);
    undo.undo();
    EXPECT_TRUE(services().engagement().appreciations(fit.id)->isEmpty());
    undo.undo();
    EXPECT_TRUE(services().engagement().contributions(fit.id)->isEmpty());
    EXPECT_EQ(labelText(askRow(page, fit.id), "askContribution"),
              RequestDetailPanel::tr("No contribution logged for this request yet"));
    undo.redo();
    ASSERT_EQ(services().engagement().contributions(fit.id)->size(), 1);
    EXPECT_EQ(services().engagement().contributions(fit.id)->first().requestId, ask.id);
}

TEST_F(RequestsTest, TheMatchDialogShowsEachCandidatesOwnerAndAsksUsedOfTheCap)
{
    pastAsk(other, QStringLiteral("Reference call"), 30);
    MatchDialog dialog(services(), ask.id);
    ASSERT_TRUE(QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 10000));
    QTableWidget *candidates = dialog.candidates();
    auto column = [candidates](const QString &title) {
        for (int c = 0; c < candidates->columnCount(); ++c)
            if (candidates->horizontalHeaderItem(c)->text() == title)
                return c;
        return -1;
    };
    const int owner = column(MatchDialog::tr("Owner"));
    const int asks = column(MatchDialog::tr("Asks"));
    ASSERT_GE(owner, 0);
    ASSERT_GE(asks, 0);
    QHash<QString, QPair<QString, QString>> byName;
    for (int row = 0; row < candidates->rowCount(); ++row)
        byName.insert(candidates->item(row, 1)->text(),
                      {candidates->item(row, owner)->text(), candidates->item(row, asks)->text()});
    ASSERT_TRUE(byName.contains(QStringLiteral("fit")));
    ASSERT_TRUE(byName.contains(QStringLiteral("other")));
    EXPECT_EQ(byName[QStringLiteral("fit")].first, QStringLiteral("Aisha"));
    EXPECT_EQ(byName[QStringLiteral("fit")].second, QStringLiteral("0 of 2 asks in 90 days"));
    EXPECT_EQ(byName[QStringLiteral("other")].first, MatchDialog::tr("Nobody"));
    EXPECT_EQ(byName[QStringLiteral("other")].second, QStringLiteral("1 of 2 asks in 90 days"));
}

TEST_F(RequestsTest, AnAcceptedOrClosedRequestDoesNotOfferAsk)
{
    askFitAndAccept();
    {
        MatchDialog dialog(services(), ask.id);
        ASSERT_TRUE(QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 10000));
        ASSERT_GE(dialog.candidates()->rowCount(), 1) << "others could still be matched";
        dialog.candidates()->selectRow(0);
        EXPECT_FALSE(dialog.askButton()->isEnabled());
        EXPECT_TRUE(dialog.askButton()->toolTip().contains(displayName(RequestStatus::Accepted)))
            << dialog.askButton()->toolTip().toStdString();
        QTest::mouseDClick(dialog.candidates()->viewport(), Qt::LeftButton, {},
                           dialog.candidates()->visualItemRect(dialog.candidates()->item(0, 1)).center());
        EXPECT_EQ(services().requests().asks(ask.id)->size(), 1) << "a double-click does not ask either";
    }
    for (auto to : {RequestStatus::Scheduled, RequestStatus::Completed, RequestStatus::Closed})
        ASSERT_TRUE(services().requests().move(ask.id, to).ok());
    MatchDialog closed(services(), ask.id);
    ASSERT_TRUE(QTest::qWaitFor([&closed] { return !closed.isLoading(); }, 10000));
    EXPECT_FALSE(closed.askButton()->isEnabled());
    EXPECT_FALSE(closed.askButton()->toolTip().isEmpty());
}

TEST_F(RequestsTest, AnAcceptedReferenceCallShowsAsOpenToItOnTheProfilesPreferences)
{
    ASSERT_TRUE(services().requests().recordAsk(ask.id, fit.id).ok());
    QUndoStack undo;
    RequestsPage page(services(), &undo);
    page.showBoard(false);
    page.show();
    page.table()->selectRow(page.model()->rowOf(ask.id));
    okInNextDialog<AnswerDialog>([](AnswerDialog *) {}); // the first answer offered: Accepted
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("answerButton")), Qt::LeftButton);
    ASSERT_EQ(services().requests().asks(ask.id)->first().answer, AskAnswer::Accepted);
    {
        ProfileWindow profile(services(), &undo, fit.id);
        profile.show();
        QComboBox *choice = profile.preferences()->choice(QStringLiteral("Reference call"));
        ASSERT_NE(choice, nullptr);
        EXPECT_EQ(choice->currentData(), QVariant(true)) << choice->currentText().toStdString();
    }
    undo.undo();
    ProfileWindow profile(services(), &undo, fit.id);
    profile.show();
    QComboBox *choice = profile.preferences()->choice(QStringLiteral("Reference call"));
    ASSERT_NE(choice, nullptr);
    EXPECT_EQ(choice->currentIndex(), 0) << "undoing the answer: not asked yet again";
}

} // namespace

namespace {

// Health gating and the ask cap may be overridden by a programme manager, with
// a reason (DESIGN.md); a CSM sees why not before typing anything.
TEST_F(RequestsTest, OnlyAProgrammeManagerAsksAProtectedAdvocateAnywayWithAReason)
{
    int prompts = 0;
    auto selectTired = [this](MatchDialog &dialog) {
        EXPECT_TRUE(QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 10000));
        for (int row = 0; row < dialog.excluded()->rowCount(); ++row)
            if (dialog.excluded()->item(row, 1)->text() == tired.email)
                QTest::mouseClick(
                    dialog.excluded()->viewport(), Qt::LeftButton, {},
                    dialog.excluded()->visualItemRect(dialog.excluded()->item(row, 0)).center());
    };
    services().setActor(QStringLiteral("Aisha")); // a CSM
    {
        MatchDialog dialog(services(), ask.id);
        dialog.setReasonPrompt([&prompts](QWidget *, const QString &) {
            ++prompts;
            return std::optional<QString>(QStringLiteral("Because"));
        });
        dialog.show();
        selectTired(dialog);
        EXPECT_FALSE(dialog.askAnywayButton()->isEnabled());
        EXPECT_TRUE(dialog.askAnywayButton()->toolTip().contains(QStringLiteral("programme manager")))
            << dialog.askAnywayButton()->toolTip().toStdString();
        EXPECT_FALSE(dialog.askSelectedAnyway());
        EXPECT_EQ(prompts, 0); // refused before anyone typed a reason
    }
    services().setActor(QStringLiteral("tester")); // the fixture's programme manager
    MatchDialog dialog(services(), ask.id);
    dialog.setReasonPrompt([&prompts](QWidget *, const QString &question) {
        ++prompts;
        EXPECT_TRUE(question.contains(QStringLiteral("tired"))) << question.toStdString();
        return std::optional<QString>(QStringLiteral("The prospect's CTO asked for them by name"));
    });
    dialog.show();
    selectTired(dialog);
    ASSERT_TRUE(dialog.askAnywayButton()->isEnabled()) << dialog.askAnywayButton()->toolTip().toStdString();
    QTest::mouseClick(dialog.askAnywayButton(), Qt::LeftButton);
    EXPECT_EQ(prompts, 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const Result<QList<Ask>> asks = services().requests().asks(ask.id);
    ASSERT_TRUE(asks.ok());
    ASSERT_EQ(asks->size(), 1);
    EXPECT_EQ(asks->first().advocateId, tired.id);
    EXPECT_EQ(asks->first().overrideReason, QStringLiteral("The prospect's CTO asked for them by name"));
}

} // namespace
