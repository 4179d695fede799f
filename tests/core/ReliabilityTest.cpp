// Backups, restore, a second process, and hostile conditions (full disk,
// read-only file, file removed or replaced under the open database).
#include "Backends.h"
#include "ProcessFiles.h"
#include "TempDatabase.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace ad;

namespace {

Account accountNamed(const QString &name)
{
    Account account;
    account.name = name;
    return account;
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The permission bits of a file, as `ls -l` shows them.
int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

qint64 advocateCount(Database &db)
{
    SqlQuery query(db, QStringLiteral("SELECT count(*) FROM advocates"));
    Result<QVariant> count = scalar(query);
    return count ? count->toLongLong() : -1;
}

// A programme of `n` advocates.
void fill(test::TempDatabase &temp, int n)
{
    const Account account = temp.makeAccount();
    for (int i = 0; i < n; ++i)
        temp.makeAdvocate(QStringLiteral("person%1@example.com").arg(i), account.id, QStringLiteral("Person %1").arg(i));
}

QDateTime at(int second)
{
    return test::TempDatabase::pinnedNow().addSecs(second);
}

} // namespace

TEST(Backup, CopyHoldsEveryRowIsOwnerOnlyAndValidates)
{
    AD_SQLITE_ONLY("file backups (a server is backed up with backup --out FILE.sqlite)");
    test::TempDatabase temp;
    fill(temp, 3);
    const QString out = QDir(temp.dir()).filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(backup::writeTo(temp.db(), out).ok());
    EXPECT_EQ(modeOf(out), 0600);
    EXPECT_TRUE(backup::validate(out).ok());
    auto copy = Database::open(out);
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    EXPECT_EQ(advocateCount(**copy), 3);
}

TEST(Backup, RotationKeepsTheNewestCopiesOnly)
{
    AD_SQLITE_ONLY("file backups");
    test::TempDatabase temp;
    fill(temp, 1);
    QStringList written;
    for (int i = 0; i < 4; ++i) {
        Result<QString> path = backup::writeRotating(temp.db(), QStringLiteral("manual"), 2, at(i));
        ASSERT_TRUE(path.ok()) << path.error().message.toStdString();
        written << *path;
    }
    EXPECT_EQ(QFileInfo(written.first()).absolutePath(), backup::folderFor(temp.path()));
    EXPECT_EQ(backup::listRotating(temp.path()), (QStringList{written.at(3), written.at(2)}));
    EXPECT_FALSE(QFileInfo::exists(written.at(0)));
}

TEST(Backup, KeepCountComesFromSettings)
{
    QSettings settings;
    settings.setValue(QString::fromLatin1(backup::kKeepSettingsKey), 3);
    EXPECT_EQ(backup::keepCount(), 3);
    settings.setValue(QString::fromLatin1(backup::kKeepSettingsKey), 0);
    EXPECT_EQ(backup::keepCount(), backup::kDefaultKeep);
    settings.remove(QString::fromLatin1(backup::kKeepSettingsKey));
    EXPECT_EQ(backup::keepCount(), backup::kDefaultKeep);
}

TEST(Backup, UpgradeTakesABackupOfTheOldFileFirst)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(ADVOCATEDESK_FIXTURES_DIR "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, kOwnerOnly);
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    const QStringList backups = backup::listRotating(path);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(backups.first().endsWith(QStringLiteral("-before-v%1.sqlite").arg(Database::currentSchemaVersion())));
    EXPECT_EQ(modeOf(backups.first()), 0600);
    QFile file(backups.first());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    EXPECT_EQ(quint8(header.at(63)), 1); // user_version of the copy: still schema 1
}

TEST(Backup, RestoreBringsBackTheOldRowsAndKeepsTheReplacedFile)
{
    AD_SQLITE_ONLY("restoring a file");
    test::TempDatabase temp;
    fill(temp, 2);
    const QString out = QDir(temp.dir()).filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(backup::writeTo(temp.db(), out).ok());
    temp.makeAdvocate(QStringLiteral("later@example.com"), temp.makeAccount(QStringLiteral("Later Bhd")).id);
    EXPECT_EQ(advocateCount(temp.db()), 3);
    temp.close();

    Result<QString> safety = backup::restore(out, temp.path(), at(0));
    ASSERT_TRUE(safety.ok()) << safety.error().message.toStdString();
    temp.reopen();
    EXPECT_EQ(advocateCount(temp.db()), 2);
    auto kept = Database::open(*safety);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(advocateCount(**kept), 3); // the replaced file, later row included
}

// Another program (the window) keeps the file open through a restore: the
// content is replaced inside the file it has open, so it sees the restored
// programme and what it writes next is in the file, not in a replaced one.
TEST(Backup, RestoreReplacesTheContentUnderAProgramThatKeepsTheFileOpen)
{
    AD_SQLITE_ONLY("restoring a file");
    test::TempDatabase temp;
    fill(temp, 2);
    const QString out = QDir(temp.dir()).filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(backup::writeTo(temp.db(), out).ok());
    temp.makeAdvocate(QStringLiteral("later@example.com"), temp.makeAccount(QStringLiteral("Later Bhd")).id);
    ASSERT_EQ(advocateCount(temp.db()), 3);

    Result<QString> safety = backup::restore(out, temp.path(), at(0));
    ASSERT_TRUE(safety.ok()) << safety.error().message.toStdString();
    EXPECT_EQ(advocateCount(temp.db()), 2) << "the open connection sees the restored programme";
    temp.makeAdvocate(QStringLiteral("after@example.com"), temp.makeAccount(QStringLiteral("After Bhd")).id);
    EXPECT_TRUE(test::deletedCompanionsOf(temp.path()).isEmpty());
    EXPECT_TRUE(test::holdsLockOn(temp.path()));
    temp.reopen();
    EXPECT_EQ(advocateCount(temp.db()), 3) << "the write after the restore is in the file";
    auto kept = Database::open(*safety);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(advocateCount(**kept), 3); // the replaced programme, later row included
}

// A restore never lands in the middle of another program's write: it waits for
// the lock like any writer and is refused, changing nothing, when it does not get it.
TEST(Backup, RestoreWaitsForTheWriteLockAndIsRefusedWithoutIt)
{
    AD_SQLITE_ONLY("restoring a file");
    test::TempDatabase temp;
    fill(temp, 2);
    const QString out = QDir(temp.dir()).filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(backup::writeTo(temp.db(), out).ok());
    temp.makeAdvocate(QStringLiteral("later@example.com"), temp.makeAccount(QStringLiteral("Later Bhd")).id);
    {
        WriteTransaction writing(temp.db()); // an import in progress
        ASSERT_TRUE(writing.isOpen());
        Result<QString> refused = backup::restore(out, temp.path(), at(0));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().kind, ErrorKind::Busy);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("nothing was restored")))
            << refused.error().message.toStdString();
    }
    EXPECT_EQ(advocateCount(temp.db()), 3);
    EXPECT_TRUE(backup::listRotating(temp.path()).isEmpty());
    const QStringList safetyCopies = QDir(backup::folderFor(temp.path())).entryList({QStringLiteral("*-before-restore*")});
    EXPECT_TRUE(safetyCopies.isEmpty()) << safetyCopies.join(QLatin1Char(' ')).toStdString();
}

TEST(Backup, RestoreRefusesADamagedOrForeignFileAndChangesNothing)
{
    AD_SQLITE_ONLY("restoring a file");
    test::TempDatabase temp;
    fill(temp, 2);
    const QString out = QDir(temp.dir()).filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(backup::writeTo(temp.db(), out).ok());
    temp.close();
    const QByteArray before = test::fileHash(temp.path());

    QFile damaged(out);
    ASSERT_TRUE(damaged.open(QIODevice::ReadWrite));
    damaged.seek(4096); // the whole second page: the file header still looks right
    damaged.write(QByteArray(4096, '\x5a'));
    damaged.close();
    Result<QString> refused = backup::restore(out, temp.path(), at(0));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Corrupt) << refused.error().message.toStdString();

    const QString text = QDir(temp.dir()).filePath(QStringLiteral("notes.txt"));
    QFile notes(text);
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("not a database\n");
    notes.close();
    Result<QString> foreign = backup::restore(text, temp.path(), at(0));
    ASSERT_FALSE(foreign.ok());
    EXPECT_TRUE(foreign.error().message.contains(QStringLiteral("not an Advocate Desk backup")));
    EXPECT_EQ(test::fileHash(temp.path()), before);
}

TEST(Concurrency, BusyErrorSaysHowLongItTriedAndNothingIsLost)
{
    test::TempDatabase temp;
    fill(temp, 1);
    auto second = Database::open(temp.path());
    ASSERT_TRUE(second.ok());
    WriteTransaction first(temp.db());
    ASSERT_TRUE(first.isOpen());
    WriteTransaction blocked(**second);
    ASSERT_FALSE(blocked.isOpen());
    EXPECT_EQ(blocked.error().kind, ErrorKind::Busy);
    EXPECT_TRUE(blocked.error().message.contains(QStringLiteral("another program is writing")));
    EXPECT_TRUE(blocked.error().message.contains(QStringLiteral("tried for %1 s").arg(Database::kBusyTimeoutSeconds)))
        << blocked.error().message.toStdString();
    ASSERT_TRUE(first.commit().ok());
    EXPECT_EQ(advocateCount(**second), 1);
}

TEST(Concurrency, DataVersionChangesWhenAnotherConnectionCommits)
{
    AD_SQLITE_ONLY("PRAGMA data_version");
    test::TempDatabase temp;
    auto other = Database::open(temp.path());
    ASSERT_TRUE(other.ok());
    const qint64 before = temp.db().dataVersion();
    ASSERT_GE(before, 0);
    EXPECT_EQ(temp.db().dataVersion(), before); // nothing happened
    Services services(**other, temp.clock(), QStringLiteral("other"));
    Account account;
    account.name = QStringLiteral("Elsewhere Ltd");
    ASSERT_TRUE(services.accounts().create(account).ok());
    EXPECT_NE(temp.db().dataVersion(), before);
}

TEST(Hostile, FullDiskRefusesTheWriteWithAClearMessageAndKeepsTheData)
{
    AD_SQLITE_ONLY("a full disk under a file");
    test::TempDatabase temp;
    fill(temp, 5);
    const QString before = temp.snapshot();
    SqlQuery pages(temp.db(), QStringLiteral("PRAGMA page_count"));
    Result<QVariant> count = scalar(pages);
    ASSERT_TRUE(count.ok());
    // The file may not grow by a single page: as if the disk were full.
    ASSERT_TRUE(execSql(temp.db(), QStringLiteral("PRAGMA max_page_count = %1").arg(count->toInt())).ok());
    Status written = [&]() -> Status {
        WriteTransaction transaction(temp.db());
        if (!transaction.isOpen())
            return transaction.error();
        for (int i = 0; i < 400; ++i) {
            Result<Account> account = temp.services().accounts().create(
                accountNamed(QStringLiteral("Filler %1 %2").arg(i).arg(QString(200, QLatin1Char('x')))));
            if (!account)
                return account.error();
        }
        return transaction.commit();
    }();
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("the disk is full; nothing was saved")))
        << written.error().message.toStdString();
    temp.reopen();
    EXPECT_EQ(temp.snapshot(), before);
    auto problems = temp.db().integrityProblems();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty());
}

TEST(Hostile, ReadOnlyFileOpensForReadingAndRefusesWrites)
{
    test::TempDatabase temp;
    fill(temp, 2);
    temp.close();
    const QByteArray before = test::fileHash(temp.path());
    {
        auto opened = Database::open(temp.path(), Database::Access::ReadOnly);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_TRUE((*opened)->isReadOnly());
        EXPECT_EQ(advocateCount(**opened), 2);
        Services services(**opened, temp.clock(), QStringLiteral("tester"));
        Result<Account> refused = services.accounts().create(accountNamed(QStringLiteral("Nope Bhd")));
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("read-only")))
            << refused.error().message.toStdString();
    }
    EXPECT_EQ(test::fileHash(temp.path()), before);
}

TEST(Hostile, FileWithoutWritePermissionIsOpenedReadOnly)
{
    AD_SQLITE_ONLY("file permissions");
    test::TempDatabase temp;
    temp.close();
    QFile::setPermissions(temp.path(), QFileDevice::ReadOwner);
    if (QFileInfo(temp.path()).isWritable())
        GTEST_SKIP() << "running as root: permissions do not stop writes";
    auto opened = Database::open(temp.path());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_TRUE((*opened)->isReadOnly());
}

TEST(Hostile, RemovedFileIsNoticedAndItsDataCanStillBeBackedUp)
{
    AD_SQLITE_ONLY("a removed file");
    test::TempDatabase temp;
    fill(temp, 2);
    EXPECT_TRUE(temp.db().fileReplacedMessage().isEmpty());
    ASSERT_TRUE(QFile::remove(temp.path()));
    EXPECT_TRUE(temp.db().fileReplacedMessage().contains(QStringLiteral("was removed by another program")));
    const QString rescue = QDir(temp.dir()).filePath(QStringLiteral("rescue.sqlite"));
    ASSERT_TRUE(backup::writeTo(temp.db(), rescue).ok());
    auto copy = Database::open(rescue);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(advocateCount(**copy), 2);
}

TEST(Hostile, ReplacedFileIsNoticed)
{
    AD_SQLITE_ONLY("a replaced file");
    test::TempDatabase temp;
    const QString other = QDir(temp.dir()).filePath(QStringLiteral("other.sqlite"));
    ASSERT_TRUE(backup::writeTo(temp.db(), other).ok());
    ASSERT_TRUE(std::rename(QFile::encodeName(other).constData(), QFile::encodeName(temp.path()).constData()) == 0);
    EXPECT_TRUE(temp.db().fileReplacedMessage().contains(QStringLiteral("was replaced by another program")));
}
