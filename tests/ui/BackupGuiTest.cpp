// Backups, restore and a second program writing, seen from the main window.
#include "shell/MainWindow.h"
#include "TempDatabase.h"
#include "advocates/AdvocatesPage.h"
#include "io/BackupActions.h"
#include "io/ExternalChangeWatcher.h"
#include "common/ErrorMessage.h"
#include "io/FileChooser.h"
#include "shell/Session.h"
#include "storage/Backup.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

Account accountNamed(const QString &name)
{
    Account account;
    account.name = name;
    return account;
}

class BackupGuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        {
            auto db = Database::open(path);
            ASSERT_TRUE(db.ok());
            FixedClock clock(test::TempDatabase::pinnedNow());
            Services services(**db, clock, QStringLiteral("tester"));
            Result<Account> account = services.accounts().create(accountNamed(QStringLiteral("Acme Sdn Bhd")));
            ASSERT_TRUE(account.ok());
            for (int i = 0; i < 3; ++i) {
                Advocate advocate;
                advocate.email = QStringLiteral("person%1@example.com").arg(i);
                advocate.name = QStringLiteral("Person %1").arg(i);
                advocate.accountId = account->id;
                ASSERT_TRUE(services.advocates().create(advocate).ok());
            }
        }
        Result<std::unique_ptr<Session>> session = Session::open(path);
        ASSERT_TRUE(session.ok());
        window = std::make_unique<MainWindow>(std::move(session).value());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        watcher = window->findChild<ExternalChangeWatcher *>();
        ASSERT_NE(watcher, nullptr);
        watcher->poll(); // the state as opened
    }

    // Runs the real CLI on the window's file, as a second program.
    void runCli(const QStringList &arguments)
    {
        QProcess cli;
        cli.start(QStringLiteral(ADVOCATEDESK_CLI_PATH),
                  QStringList{QStringLiteral("--database"), path} + arguments);
        ASSERT_TRUE(cli.waitForFinished(60000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    std::unique_ptr<MainWindow> window;
    ExternalChangeWatcher *watcher = nullptr;
};

} // namespace

TEST_F(BackupGuiTest, PagesReloadWhenTheCliImportsWhileTheWindowIsOpen)
{
    EXPECT_EQ(window->advocatesPage()->summary(), QStringLiteral("3 advocates"));
    const QString csv = dir.filePath(QStringLiteral("more.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("email,name,account\nnew.one@example.com,New One,Acme Sdn Bhd\nnew.two@example.com,New Two,Acme Sdn Bhd\n");
    file.close();
    runCli({QStringLiteral("import"), QStringLiteral("advocates"), csv});
    watcher->poll();
    EXPECT_EQ(window->advocatesPage()->summary(), QStringLiteral("5 advocates"));
}

TEST_F(BackupGuiTest, BackUpThenRestoreBringsBackTheRowsAndKeepsTheReplacedFile)
{
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    FileChooser::setNextAnswerForTesting(copy);
    window->findChild<QAction *>(QStringLiteral("backUpAction"))->trigger();
    ASSERT_TRUE(QFileInfo::exists(copy));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Backed up"))) ;

    Advocate later;
    later.email = QStringLiteral("later@example.com");
    later.name = QStringLiteral("Later Person");
    later.accountId = window->session().services().accounts().findByName(QStringLiteral("Acme Sdn Bhd"))->value().id;
    ASSERT_TRUE(window->session().services().advocates().create(later).ok());

    FileChooser::setNextAnswerForTesting(copy);
    setRestoreConfirmationForTesting(true);
    window->findChild<QAction *>(QStringLiteral("restoreAction"))->trigger();
    EXPECT_EQ(window->advocatesPage()->summary(), QStringLiteral("3 advocates"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("was kept as")))
        << window->statusBar()->currentMessage().toStdString();
    const QStringList kept = QDir(backup::folderFor(path)).entryList({QStringLiteral("*-before-restore.sqlite")});
    ASSERT_EQ(kept.size(), 1);
    auto safety = Database::open(QDir(backup::folderFor(path)).filePath(kept.first()));
    ASSERT_TRUE(safety.ok());
    FixedClock clock(test::TempDatabase::pinnedNow());
    Services services(**safety, clock, QStringLiteral("tester"));
    EXPECT_TRUE(services.advocates().findByEmail(QStringLiteral("later@example.com"))->has_value());
}

TEST_F(BackupGuiTest, RemovedFileIsReportedAndTheWindowKeepsWorking)
{
    ASSERT_TRUE(QFile::remove(path));
    watcher->poll();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("was removed by another program")))
        << window->statusBar()->currentMessage().toStdString();
    // What is on screen can still be saved.
    const QString rescue = dir.filePath(QStringLiteral("rescue.sqlite"));
    FileChooser::setNextAnswerForTesting(rescue);
    window->findChild<QAction *>(QStringLiteral("backUpAction"))->trigger();
    EXPECT_TRUE(backup::validate(rescue).ok());
}

namespace {

// Every save dialog of the window refuses the open database, its log, a link
// to it and its backups folder before anything is written, and says why.
TEST_F(BackupGuiTest, SaveDialogsRefuseTheDatabaseItsLogAndItsBackups)
{
    runCli({QStringLiteral("backup")}); // the backups folder exists
    const QString link = dir.filePath(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(path, link));
    // Read by another program: hashing the file here would open it outside SQLite.
    const auto stats = [this] {
        QProcess cli;
        cli.start(QStringLiteral(ADVOCATEDESK_CLI_PATH),
                  {QStringLiteral("--database"), path, QStringLiteral("stats"), QStringLiteral("--json")});
        cli.waitForFinished(60000);
        return cli.readAllStandardOutput();
    };
    const QByteArray before = stats();
    ASSERT_FALSE(before.isEmpty());
    QStringList refused;
    setErrorSinkForTesting([&refused](const QString &, const Error &error) { refused << error.message; });
    const QStringList targets = {path, link, path + QStringLiteral("-wal"),
                                 QDir(backup::folderFor(path)).filePath(QStringLiteral("report.json"))};
    for (const QString &target : targets) {
        for (const char *action : {"backUpAction", "exportSyncAction"}) {
            refused.clear();
            FileChooser::setNextAnswerForTesting(target);
            window->findChild<QAction *>(QString::fromLatin1(action))->trigger();
            ASSERT_EQ(refused.size(), 1) << action << " " << target.toStdString();
            EXPECT_TRUE(refused.first().contains(QStringLiteral("open database"))) << refused.first().toStdString();
        }
    }
    setErrorSinkForTesting({});
    window.reset();
    EXPECT_EQ(stats(), before);
    EXPECT_FALSE(QFileInfo::exists(QDir(backup::folderFor(path)).filePath(QStringLiteral("report.json"))));
}

} // namespace
