// backup and restore from the command line.
#include "CliFixture.h"
#include "TempDatabase.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace ad;
using test::CliResult;

namespace {

class CliBackupTest : public test::CliFixture
{
protected:
    qint64 advocates(const QString &databasePath) const
    {
        const CliResult stats = runOn(databasePath, {QStringLiteral("stats"), QStringLiteral("--json")});
        EXPECT_EQ(stats.exitCode, 0) << test::describe(stats);
        return QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("advocates")).toInteger(-1);
    }
};

} // namespace

TEST_F(CliBackupTest, BackupThenRestoreBringsBackTheProgrammeAsItWas)
{
    makeDemo(database(), 20);
    const QString copy = path(QStringLiteral("copy.sqlite"));
    const CliResult backedUp = runOn(database(), {QStringLiteral("backup"), QStringLiteral("--out"), copy});
    ASSERT_EQ(backedUp.exitCode, 0) << test::describe(backedUp);
    EXPECT_TRUE(QFileInfo(copy).permissions().testFlag(QFileDevice::ReadOwner));
    EXPECT_FALSE(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                                                   | QFileDevice::WriteGroup | QFileDevice::WriteOther));

    // A change after the backup (an erasure would be erased again: PersonalData's ledger).
    QFile later(path(QStringLiteral("later.csv")));
    ASSERT_TRUE(later.open(QIODevice::WriteOnly));
    later.write("email,name,account\nlater@example.com,Later Person,Later Ltd\n");
    later.close();
    const CliResult imported =
        runOn(database(), {QStringLiteral("import"), QStringLiteral("advocates"), later.fileName()});
    ASSERT_EQ(imported.exitCode, 0) << test::describe(imported);
    ASSERT_EQ(advocates(database()), 21);

    const CliResult restored = runOn(database(), {QStringLiteral("restore"), copy});
    ASSERT_EQ(restored.exitCode, 0) << test::describe(restored);
    EXPECT_TRUE(restored.out.contains(QStringLiteral("was kept as"))) << restored.out.toStdString();
    EXPECT_EQ(advocates(database()), 20);
    EXPECT_EQ(runOn(database(), {QStringLiteral("check")}).exitCode, 0);
    // The replaced file (21 advocates) is the safety copy in the backup folder.
    const QStringList kept = QDir(backup::folderFor(database())).entryList({QStringLiteral("*-before-restore.sqlite")});
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(advocates(QDir(backup::folderFor(database())).filePath(kept.first())), 21);
}

TEST_F(CliBackupTest, BackupWithoutOutGoesToTheRotatingFolder)
{
    ASSERT_EQ(runOn(database(), {QStringLiteral("init")}).exitCode, 0);
    const CliResult backedUp = runOn(database(), {QStringLiteral("backup")});
    ASSERT_EQ(backedUp.exitCode, 0) << test::describe(backedUp);
    const QStringList rotating = backup::listRotating(database());
    ASSERT_EQ(rotating.size(), 1);
    EXPECT_TRUE(backedUp.out.contains(rotating.first())) << backedUp.out.toStdString();
}

TEST_F(CliBackupTest, RestoreRefusesAFileThatIsNotABackupAndChangesNothing)
{
    makeDemo(database(), 5);
    const QString text = path(QStringLiteral("notes.csv"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("email,name\n");
    file.close();
    const QByteArray before = test::fileHash(database());
    const CliResult refused = runOn(database(), {QStringLiteral("restore"), text});
    EXPECT_EQ(refused.exitCode, 1) << test::describe(refused);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not an Advocate Desk backup"))) << refused.err.toStdString();
    EXPECT_EQ(test::fileHash(database()), before);
    EXPECT_EQ(advocates(database()), 5);
}

TEST_F(CliBackupTest, ImportIntoALockedDatabaseReportsBusyAndWritesNothing)
{
    makeDemo(database(), 5);
    const QString csv = path(QStringLiteral("accounts.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name,industry\nLocked Out Bhd,Logistics\n");
    file.close();
    auto holder = Database::open(database());
    ASSERT_TRUE(holder.ok());
    ASSERT_TRUE(execSql(**holder, QStringLiteral("BEGIN IMMEDIATE")).ok()); // another program is writing
    const CliResult busy = runOn(database(), {QStringLiteral("import"), QStringLiteral("accounts"), csv});
    EXPECT_EQ(busy.exitCode, 1) << test::describe(busy);
    EXPECT_TRUE(busy.err.contains(QStringLiteral("another program is writing; tried for 5 s")))
        << busy.err.toStdString();
    ASSERT_TRUE(execSql(**holder, QStringLiteral("ROLLBACK")).ok());
    const CliResult retried = runOn(database(), {QStringLiteral("import"), QStringLiteral("accounts"), csv});
    EXPECT_EQ(retried.exitCode, 0) << test::describe(retried);
}

// A restore while another program's import commits: the restore either waits
// for the import and keeps its rows in the safety copy, or is refused — the
// import's rows are never simply gone. Twenty rounds at random moments.
TEST_F(CliBackupTest, RestoreDuringAnImportNeverDiscardsTheImportedRows)
{
    constexpr int kRows = 20000;
    constexpr int kRounds = 20;
    const QString base = path(QStringLiteral("base.sqlite"));
    makeDemo(base, 30);
    const qint64 baseCount = advocates(base);
    const QString backupFile = path(QStringLiteral("before.sqlite"));
    ASSERT_EQ(runOn(base, {QStringLiteral("backup"), QStringLiteral("--out"), backupFile}).exitCode, 0);
    const QString csv = path(QStringLiteral("many.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("email,name,account\n");
        for (int i = 0; i < kRows; ++i)
            file.write(QStringLiteral("bulk%1@bulk.example,Bulk %1,Bulk %2\n").arg(i).arg(i % 50).toUtf8());
    }
    QElapsedTimer timer;
    int refused = 0;
    int waited = 0;
    for (int round = 0; round < kRounds; ++round) {
        const QString db = path(QStringLiteral("round%1.sqlite").arg(round));
        ASSERT_TRUE(QFile::copy(base, db));
        QProcess import;
        import.setProcessEnvironment(m_environment);
        timer.start();
        import.start(QStringLiteral(ADVOCATEDESK_CLI_PATH),
                     {QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("advocates"), csv});
        ASSERT_TRUE(import.waitForStarted());
        QTest::qWait(50 + (round * 97) % 900);
        const CliResult restore = runOn(db, {QStringLiteral("restore"), backupFile, QStringLiteral("--json")});
        // (false when it already ended while the restore ran)
        ASSERT_TRUE(import.waitForFinished(120000) || import.state() == QProcess::NotRunning);
        const bool imported = import.exitCode() == 0;
        const CliResult check = runOn(db, {QStringLiteral("check")});
        ASSERT_EQ(check.exitCode, 0) << "round " << round << ": " << test::describe(check);
        if (restore.exitCode != 0) {
            ++refused;
            EXPECT_TRUE(restore.err.contains(QStringLiteral("nothing was restored"))) << test::describe(restore);
            if (imported) {
                EXPECT_EQ(advocates(db), baseCount + kRows) << "round " << round;
            }
            continue;
        }
        const QString safetyCopy =
            QJsonDocument::fromJson(restore.out.toUtf8()).object().value(QStringLiteral("safety_copy")).toString();
        ASSERT_FALSE(safetyCopy.isEmpty()) << test::describe(restore);
        const qint64 now = advocates(db);
        const qint64 kept = advocates(safetyCopy);
        if (kept == baseCount + kRows)
            ++waited;
        if (imported) {
            EXPECT_TRUE(now == baseCount + kRows || kept == baseCount + kRows)
                << "round " << round << ": the import's rows are neither in the file (" << now
                << ") nor in the safety copy (" << kept << ")";
        } else {
            EXPECT_EQ(now, baseCount) << "round " << round;
        }
    }
    std::printf("restore during import: %d refused, %d waited for the import and kept its rows\n", refused, waited);
}
