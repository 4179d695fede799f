// Every one-click write is on the window's undo stack, named in Edit → Undo,
// said in the status bar, and taken back by Ctrl+Z (issue 17, item 5).
#include "../core/ProgrammeFixture.h"
#include "OnModal.h"
#include "dialogs/EngagementDialogs.h"
#include "dialogs/NominateDialog.h"
#include "myday/MyDayPage.h"
#include "profile/ProfileWindow.h"
#include "programme/ProgrammeSettings.h"
#include "requests/MatchDialog.h"
#include "requests/RequestDialogs.h"
#include "requests/RequestsModel.h"
#include "requests/RequestsPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

using test::OnModal;

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    ASSERT_TRUE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

class UndoTest : public test::ProgrammeFixture
{
protected:
    void SetUp() override
    {
        const Account harbour = account(QStringLiteral("Harbour Logistics"));
        ada = enrolled(QStringLiteral("ada@harbour.example"), harbour.id);
        thanked = contribution(ada, QStringLiteral("Reference call"), daysAgo(3));
        Request northwind;
        northwind.activityTypeId = activity(QStringLiteral("Reference call"));
        northwind.prospectCompany = QStringLiteral("Northwind");
        call = *services().requests().create(northwind);
        // The window works on the same file, at the fixture's pinned time, as "tester".
        qputenv("ADVOCATEDESK_NOW", "2026-06-15T12:00:00Z");
        qputenv("ADVOCATEDESK_USER", "tester");
        Result<std::unique_ptr<Session>> session = Session::open(temp.path());
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        window = std::make_unique<MainWindow>(std::move(session).value());
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void TearDown() override
    {
        window.reset();
        qunsetenv("ADVOCATEDESK_NOW");
        qunsetenv("ADVOCATEDESK_USER");
    }

    QAction *editAction(const QString &prefix) const
    {
        for (QAction *menu : window->menuBar()->actions())
            if (menu->menu())
                for (QAction *action : menu->menu()->actions())
                    if (action->text().startsWith(prefix))
                        return action;
        return nullptr;
    }

    QString statusText() const { return window->statusBar()->currentMessage(); }

    // Edit → Undo's shortcut, in the main window (a profile is a window of its own).
    void pressUndo() { press(Qt::ControlModifier); }
    void pressRedo() { press(Qt::ControlModifier | Qt::ShiftModifier); }
    void press(Qt::KeyboardModifiers modifiers)
    {
        window->activateWindow();
        QApplication::setActiveWindow(window.get());
        QTest::keyClick(window.get(), Qt::Key_Z, modifiers);
    }

    int appreciations() { return int(services().engagement().appreciations(ada.id)->size()); }

    Advocate ada;
    Participation thanked;
    Request call;
    std::unique_ptr<MainWindow> window;
};

TEST_F(UndoTest, ALoggedThankYouOnMyDayIsWhatCtrlZTakesBack)
{
    window->showPage(MainWindow::Page::MyDay);
    MyDayPage *page = window->myDayPage();
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->isLoading(); }, 10000));
    QPushButton *thank = nullptr;
    for (int row = 0; row < page->followUps()->rowCount(); ++row)
        if (auto *button = qobject_cast<QPushButton *>(page->followUps()->cellWidget(row, 3));
            button && button->text() == QStringLiteral("Log Thank-you"))
            thank = button;
    ASSERT_TRUE(thank);
    QTest::mouseClick(thank, Qt::LeftButton);
    ASSERT_EQ(appreciations(), 1);
    EXPECT_EQ(statusText(), QStringLiteral("Logged a thank-you note to ada."));
    QAction *undo = editAction(QStringLiteral("&Undo"));
    ASSERT_TRUE(undo);
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Log thank-you to ada"));

    pressUndo();
    EXPECT_EQ(appreciations(), 0) << "Ctrl+Z takes back the thank-you just logged";
    EXPECT_EQ(statusText(), QStringLiteral("Undone: Log thank-you to ada"));
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->isLoading(); }, 10000));
    bool offered = false;
    for (int row = 0; row < page->followUps()->rowCount(); ++row)
        if (auto *button = qobject_cast<QPushButton *>(page->followUps()->cellWidget(row, 3)))
            offered = offered || button->text() == QStringLiteral("Log Thank-you");
    EXPECT_TRUE(offered) << "My Day offers the thank-you again";

    pressRedo();
    EXPECT_EQ(appreciations(), 1);
    EXPECT_EQ(statusText(), QStringLiteral("Redone: Log thank-you to ada"));
}

TEST_F(UndoTest, AnAskFromMatchAndItsAnswerAreUndoneInTurn)
{
    window->showPage(MainWindow::Page::Requests);
    RequestsPage *page = window->requestsPage();
    page->showBoard(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->rowOf(call.id) >= 0; }, 5000));
    page->table()->selectRow(page->model()->rowOf(call.id));
    ASSERT_EQ(page->currentRequestId(), call.id);

    {
        OnModal<MatchDialog> ask([](MatchDialog *dialog) {
            ASSERT_TRUE(QTest::qWaitFor([dialog] { return !dialog->isLoading(); }, 10000));
            ASSERT_GT(dialog->candidates()->rowCount(), 0);
            dialog->candidates()->selectRow(0);
            QTest::mouseClick(dialog->askButton(), Qt::LeftButton);
        });
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("matchButton")), Qt::LeftButton);
    }
    ASSERT_EQ(services().requests().asks(call.id)->size(), 1);
    EXPECT_EQ(services().requests().get(call.id)->status, RequestStatus::Asked);
    EXPECT_EQ(statusText(), QStringLiteral("Asked ada for Northwind.")) << statusText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->currentRequestId() == call.id; }, 5000))
        << "the request stays selected after the ask";
    ASSERT_TRUE(window->findChild<QPushButton *>(QStringLiteral("answerButton"))->isEnabled());

    {
        OnModal<AnswerDialog> answer([](AnswerDialog *dialog) { clickOk(dialog); });
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("answerButton")), Qt::LeftButton);
    }
    EXPECT_EQ(services().requests().get(call.id)->status, RequestStatus::Accepted);
    EXPECT_EQ(statusText(), QStringLiteral("ada accepted."));

    pressUndo();
    ASSERT_EQ(services().requests().asks(call.id)->size(), 1);
    EXPECT_EQ(services().requests().asks(call.id)->first().answer, AskAnswer::Pending);
    EXPECT_EQ(services().requests().get(call.id)->status, RequestStatus::Asked);
    pressUndo();
    EXPECT_TRUE(services().requests().asks(call.id)->isEmpty());
    EXPECT_EQ(services().requests().get(call.id)->status, RequestStatus::New);
    pressRedo();
    pressRedo();
    EXPECT_EQ(services().requests().get(call.id)->status, RequestStatus::Accepted);
}

// The profile's Log menu, as a user opens it.
QAction *logAction(ProfileWindow *profile, const QString &text)
{
    for (QAction *action : profile->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}

TEST_F(UndoTest, ProfileRecordsAreUndoneNewestFirst)
{
    ProfileWindow *profile = window->openProfile(ada.id);
    ASSERT_TRUE(profile);
    QAction *appreciation = logAction(profile, QStringLiteral("Appreciation…"));
    QAction *contribution = logAction(profile, QStringLiteral("Contribution…"));
    ASSERT_TRUE(appreciation && contribution);
    {
        OnModal<AppreciationDialog> thank([](AppreciationDialog *dialog) { clickOk(dialog); });
        appreciation->trigger();
    }
    {
        OnModal<ContributionDialog> contribute([](ContributionDialog *dialog) { clickOk(dialog); });
        contribution->trigger();
    }
    EXPECT_EQ(appreciations(), 1);
    EXPECT_EQ(services().engagement().contributions(ada.id)->size(), 2);
    EXPECT_TRUE(statusText().startsWith(QStringLiteral("Logged the contribution: ")))
        << statusText().toStdString();
    pressUndo();
    EXPECT_EQ(services().engagement().contributions(ada.id)->size(), 1) << "the contribution went first";
    EXPECT_EQ(appreciations(), 1);
    pressUndo();
    EXPECT_EQ(appreciations(), 0);
}

TEST_F(UndoTest, NominatingSomeoneNewIsUndoneWithThePersonAndTheirNewAccount)
{
    {
        OnModal<NominateDialog> nominate([](NominateDialog *dialog) {
            QTest::keyClicks(dialog->emailEdit(), QStringLiteral("cy@new.example"));
            dialog->accountBox()->setEditText(QStringLiteral("New Harbour Works"));
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Cy Lee"));
            QTest::keyClicks(dialog->evidenceEdit(), QStringLiteral("Promoter on the last survey"));
            clickOk(dialog);
        });
        window->findChild<QAction *>(QStringLiteral("nominateAction"))->trigger();
    }
    ASSERT_TRUE(services().advocates().findByEmail(QStringLiteral("cy@new.example"))->has_value());
    EXPECT_TRUE(statusText().startsWith(QStringLiteral("Nominated "))) << statusText().toStdString();
    pressUndo();
    EXPECT_FALSE(services().advocates().findByEmail(QStringLiteral("cy@new.example"))->has_value());
    EXPECT_FALSE(services().accounts().findByName(QStringLiteral("New Harbour Works"))->has_value());
    pressRedo();
    EXPECT_TRUE(services().advocates().findByEmail(QStringLiteral("cy@new.example"))->has_value());
}

TEST_F(UndoTest, ProgrammeSettingsAreUndoneToWhatTheyWere)
{
    const int cap = services().rules().askCap;
    QAction *settings = nullptr;
    for (QAction *action : window->findChildren<QAction *>())
        if (action->text() == QStringLiteral("&Programme Settings…"))
            settings = action;
    ASSERT_TRUE(settings);
    {
        OnModal<ProgrammeSettingsDialog> edit([](ProgrammeSettingsDialog *dialog) {
            auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("askCap"));
            ASSERT_TRUE(spin);
            spin->setValue(spin->value() + 1);
            clickOk(dialog);
        });
        settings->trigger();
    }
    EXPECT_EQ(window->session().services().settings().load()->askCap, cap + 1);
    pressUndo();
    EXPECT_EQ(window->session().services().settings().load()->askCap, cap);
    EXPECT_EQ(window->session().services().rules().askCap, cap);
}

} // namespace
