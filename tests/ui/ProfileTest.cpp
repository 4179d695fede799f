#include "TempDatabase.h"
#include "advocates/AdvocateTableModel.h"
#include "profile/NpsChart.h"
#include "profile/ProfileWindow.h"
#include "profile/SignalsEditor.h"
#include "profile/TimelineModel.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class ProfileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Account acme = temp.makeAccount(QStringLiteral("Acme Logistics"));
        ada = temp.makeAdvocate(QStringLiteral("ada@acme.example"), acme.id, QStringLiteral("Ada Lim"));
        Services &s = temp.services();
        ASSERT_TRUE(
            s.nps()
                .record(
                    {{}, ada.id, 9, QStringLiteral("Love it"), QDate(2026, 5, 2), QStringLiteral("survey")})
                .ok());
        ASSERT_TRUE(s.advocates().addNote(ada.id, QStringLiteral("Prefers email")).ok());
        ASSERT_TRUE(s.nominations().nominate(ada.id, QStringLiteral("Promoter at QBR")).ok());
    }

    std::unique_ptr<ProfileWindow> openProfile()
    {
        auto window = std::make_unique<ProfileWindow>(temp.services(), &undo, ada.id);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    test::TempDatabase temp;
    QUndoStack undo;
    Advocate ada;
};

TEST_F(ProfileTest, TimelineModelPassesTheTesterAndFiltersByKind)
{
    TimelineModel model(temp.services());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAdvocate(ada.id);
    EXPECT_GE(model.rowCount(), 3);
    model.setKindFilter(QStringLiteral("nps"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, TimelineModel::KindColumn).data().toString(), QStringLiteral("NPS"));
    model.setKindFilter({});
}

TEST_F(ProfileTest, ChangingASignalSavesAtOnceAndUndoRestoresIt)
{
    auto window = openProfile();
    QSpinBox *willingness = window->signalsEditor()->spinBox(Signal::Willingness);
    willingness->setFocus();
    QTest::keyClick(willingness, Qt::Key_Up);
    QTest::keyClick(willingness, Qt::Key_Up);
    EXPECT_EQ(temp.services().advocates().get(ada.id)->signalValues[Signal::Willingness], 2);
    auto *score = window->findChild<QLabel *>(QStringLiteral("readinessScore"));
    EXPECT_EQ(score->text(), QStringLiteral("Readiness %1 / 100").arg(window->signalsEditor()->readiness()));
    EXPECT_GT(window->signalsEditor()->readiness(), 0);

    ASSERT_EQ(undo.count(), 2);
    undo.undo();
    EXPECT_EQ(temp.services().advocates().get(ada.id)->signalValues[Signal::Willingness], 1);
    EXPECT_EQ(willingness->value(), 1);
    undo.redo();
    EXPECT_EQ(temp.services().advocates().get(ada.id)->signalValues[Signal::Willingness], 2);

    window.reset();
    temp.reopen();
    EXPECT_EQ(temp.services().advocates().get(ada.id)->signalValues[Signal::Willingness], 2);
}

TEST_F(ProfileTest, TheSuccessStorySavesWhenTheUserLeavesTheField)
{
    auto window = openProfile();
    QPlainTextEdit *story = window->storyEdit();
    story->setFocus();
    QTest::keyClicks(story, QStringLiteral("Cut onboarding from six weeks to ten days"));
    EXPECT_TRUE(temp.services().advocates().get(ada.id)->successStory.isEmpty()); // not yet: still typing
    window->signalsEditor()->spinBox(Signal::Outcomes)->setFocus();
    EXPECT_EQ(temp.services().advocates().get(ada.id)->successStory,
              QStringLiteral("Cut onboarding from six weeks to ten days"));
    undo.undo();
    EXPECT_TRUE(temp.services().advocates().get(ada.id)->successStory.isEmpty());
    EXPECT_TRUE(story->toPlainText().isEmpty());
}

TEST_F(ProfileTest, ShowsTheTimelineAndOffersNominationOnlyOutsideThePipeline)
{
    auto window = openProfile();
    EXPECT_FALSE(window->findChild<QPushButton *>(QStringLiteral("nominateButton"))->isEnabled());
    EXPECT_EQ(window->npsChart()->pointCount(), 1);
    QComboBox *filter = window->timelineFilter();
    filter->setCurrentIndex(filter->findData(QStringLiteral("note")));
    ASSERT_EQ(window->timeline()->rowCount(), 1);
    EXPECT_TRUE(window->timeline()
                    ->index(0, TimelineModel::WhatColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Prefers email")));
}

TEST(ProfileFromTable, DoubleClickingARowOpensThatAdvocatesProfile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        ASSERT_TRUE(db.ok());
        FixedClock clock(test::TempDatabase::pinnedNow());
        Services services(**db, clock, QStringLiteral("t"));
        Account account;
        account.name = QStringLiteral("Zenith");
        ASSERT_TRUE(services.accounts().create(account).ok());
        Advocate advocate;
        advocate.name = QStringLiteral("Bea Ong");
        advocate.email = QStringLiteral("bea@zenith.example");
        advocate.accountId = services.accounts().findByName(QStringLiteral("Zenith"))->value().id;
        ASSERT_TRUE(services.advocates().create(advocate).ok());
    }
    Result<std::unique_ptr<Session>> session = Session::open(path);
    ASSERT_TRUE(session.ok());
    MainWindow window(std::move(session).value());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    sidebar->setCurrentItem(sidebar->findItems(QStringLiteral("Advocates"), Qt::MatchExactly).first());
    auto *table = window.findChild<QTableView *>(QStringLiteral("advocateTable"));
    const QRect row = table->visualRect(table->model()->index(0, 0));
    ASSERT_TRUE(table->isVisible());
    ASSERT_TRUE(row.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, row.center());
    auto *profile = window.findChild<ProfileWindow *>();
    ASSERT_TRUE(profile);
    EXPECT_EQ(profile->advocateId(),
              table->model()->index(0, 0).data(AdvocateTableModel::AdvocateIdRole).toString());
    EXPECT_TRUE(profile->windowTitle().startsWith(QStringLiteral("Bea Ong")));
}

} // namespace
