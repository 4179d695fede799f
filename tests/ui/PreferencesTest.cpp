// Preferences: the database file moves safely, the theme applies at once, the
// choices persist, and Help → Keyboard Shortcuts lists the menu shortcuts.
#include "TempDatabase.h"
#include "shell/MainWindow.h"
#include "shell/Preferences.h"
#include "shell/PreferencesDialog.h"
#include "shell/Session.h"
#include "shell/ShortcutsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class PreferencesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<std::unique_ptr<Session>> session = Session::open(path);
        ASSERT_TRUE(session.ok());
        window = std::make_unique<MainWindow>(std::move(session).value());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override { Preferences::applyTheme(Preferences::Theme::System); }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("prefs.sqlite"));
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(PreferencesTest, MovingTheDatabaseOpensTheCopyAndRemovesTheOldFile)
{
    PreferencesDialog dialog(window.get());
    const QString target = dir.filePath(QStringLiteral("moved/there.sqlite"));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("moved"))));
    ASSERT_TRUE(dialog.moveDatabaseTo(target));
    EXPECT_EQ(window->session().path(), target);
    EXPECT_TRUE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST_F(PreferencesTest, MovingOntoAnExistingFileIsRefusedAndKeepsTheCurrentOne)
{
    PreferencesDialog dialog(window.get());
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    QFile file(other);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    // The refusal is shown in a message box; close it as a user would.
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    EXPECT_FALSE(dialog.moveDatabaseTo(other));
    EXPECT_EQ(window->session().path(), path);
    EXPECT_TRUE(QFileInfo::exists(path));
    QFile check(other);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("keep me"));
}

TEST_F(PreferencesTest, DarkThemeAppliesAtOnceAndIsRemembered)
{
    PreferencesDialog dialog(window.get());
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(Preferences::Theme::Dark)));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ms")));
    dialog.startupBox()->setCurrentIndex(dialog.startupBox()->findData(int(Preferences::Startup::Ask)));
    QMetaObject::invokeMethod(&dialog, "accept");
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_EQ(Preferences::theme(), Preferences::Theme::Dark);
    EXPECT_EQ(Preferences::language(), QStringLiteral("ms"));
    EXPECT_EQ(Preferences::startup(), Preferences::Startup::Ask);
    Preferences::setStartup(Preferences::Startup::ReopenLast);
    Preferences::setLanguage({});
    Preferences::setTheme(Preferences::Theme::System);
}

TEST_F(PreferencesTest, ReopenLastStartsWithTheFileLastOpened)
{
    Preferences::setStartup(Preferences::Startup::ReopenLast);
    EXPECT_EQ(Preferences::startupDatabase(), path);
}

TEST_F(PreferencesTest, SplitterSizesComeBackInTheNextWindow)
{
    auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    ASSERT_TRUE(splitter);
    splitter->setSizes({260, 700});
    const QList<int> sizes = splitter->sizes();
    window->close();
    Result<std::unique_ptr<Session>> session = Session::open(path);
    ASSERT_TRUE(session.ok());
    MainWindow next(std::move(session).value());
    next.resize(window->size());
    next.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&next));
    EXPECT_EQ(next.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), sizes.first());
}

TEST_F(PreferencesTest, KeyboardShortcutsListTheMenuShortcuts)
{
    ShortcutsDialog dialog(window.get());
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    bool listed = false;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        listed = listed || (dialog.table()->item(row, 0)->text() == QStringLiteral("Find Advocates")
                            && dialog.table()->item(row, 1)->text().contains(find));
    EXPECT_TRUE(listed);
}
