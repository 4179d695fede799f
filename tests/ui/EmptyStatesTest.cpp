// A new, empty file, page by page as a person meets it: each sidebar page says
// what it is for and offers the next step, and that step does what it says.
#include "advocates/AdvocatesPage.h"
#include "common/EmptyState.h"
#include "demo/DemoDataLoader.h"
#include "myday/MyDayPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class EmptyStatesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<std::unique_ptr<Session>> session = Session::open(dir.filePath(QStringLiteral("new.sqlite")));
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        window = std::make_unique<MainWindow>(std::move(session).value());
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        ASSERT_TRUE(sidebar);
    }

    // Clicks the sidebar entry in `row`, as a person would.
    void visit(int row)
    {
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                          sidebar->visualItemRect(sidebar->item(row)).center());
    }

    // The empty state on screen, if exactly one is.
    EmptyState *shownEmptyState() const
    {
        QList<EmptyState *> shown;
        for (EmptyState *state : window->findChildren<EmptyState *>())
            if (state->isVisible())
                shown << state;
        return shown.size() == 1 ? shown.first() : nullptr;
    }

    // Clicks `button`, and says which dialog it opened (closing it again).
    static QString dialogOpenedBy(QPushButton *button)
    {
        QString opened;
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                opened = QString::fromLatin1(dialog->metaObject()->className());
                poll.stop();
                dialog->reject();
            }
        });
        poll.start();
        QTest::mouseClick(button, Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return !opened.isEmpty(); }, 5000);
        poll.stop();
        return opened;
    }

    static QPushButton *action(EmptyState *state, const QString &name)
    {
        for (QPushButton *button : state->actions())
            if (button->objectName() == name)
                return button;
        return nullptr;
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    QListWidget *sidebar = nullptr;
};

TEST_F(EmptyStatesTest, EveryPageSaysWhatItIsForAndOffersTheNextStep)
{
    ASSERT_EQ(sidebar->count(), 7);
    for (int row = 0; row < sidebar->count(); ++row) {
        visit(row);
        const std::string page = sidebar->item(row)->text().toStdString();
        EmptyState *state = shownEmptyState();
        ASSERT_TRUE(state) << page << ": no empty state on screen";
        EXPECT_FALSE(state->title().isEmpty()) << page;
        EXPECT_GT(state->text().size(), 40) << page << ": " << state->text().toStdString();
        ASSERT_FALSE(state->actions().isEmpty()) << page;
        for (QPushButton *button : state->actions()) {
            EXPECT_TRUE(button->isVisible()) << page;
            EXPECT_FALSE(button->text().isEmpty()) << page;
        }
        // The next step is there for each page: an import at least.
        EXPECT_TRUE(action(state, QStringLiteral("importButton"))) << page;
    }
}

TEST_F(EmptyStatesTest, ThePagesActionsOpenTheImportAndTheNomination)
{
    // Every page's import opens the import wizard; the pipeline's nominate, the nomination dialog.
    for (int row = 0; row < sidebar->count(); ++row) {
        visit(row);
        EmptyState *state = shownEmptyState();
        ASSERT_TRUE(state) << row;
        QPushButton *import = action(state, QStringLiteral("importButton"));
        ASSERT_TRUE(import) << row;
        EXPECT_EQ(dialogOpenedBy(import), QStringLiteral("ad::ImportWizard")) << row;
    }
    visit(int(MainWindow::Page::Pipeline));
    QPushButton *nominate = action(shownEmptyState(), QStringLiteral("nominateButton"));
    ASSERT_TRUE(nominate);
    EXPECT_EQ(dialogOpenedBy(nominate), QStringLiteral("ad::NominateDialog"));
}

TEST_F(EmptyStatesTest, MyDaysDemoDataFillsEveryPage)
{
    EXPECT_EQ(sidebar->currentRow(), int(MainWindow::Page::MyDay)) << "a new file opens on My Day";
    EmptyState *state = shownEmptyState();
    ASSERT_TRUE(state);
    QPushButton *loadDemo = action(state, QStringLiteral("loadDemoButton"));
    ASSERT_TRUE(loadDemo);
    QSignalSpy finished(window.get(), &MainWindow::demoLoadFinished);
    QTest::mouseClick(loadDemo, Qt::LeftButton);
    EXPECT_TRUE(window->demoLoader()) << "the demo programme is being written";
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.first().first().toBool());
    for (int row = 0; row < sidebar->count(); ++row) {
        visit(row);
        EXPECT_EQ(shownEmptyState(), nullptr) << sidebar->item(row)->text().toStdString();
    }
    visit(int(MainWindow::Page::MyDay));
    EXPECT_TRUE(window->myDayPage()->isVisible());
}

} // namespace
