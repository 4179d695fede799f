// init, demo and check, and the files the CLI must refuse without touching them.
#include "CliFixture.h"
#include "TempDatabase.h"

#include "storage/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sys/stat.h>

using namespace ad;
using test::CliResult;

namespace {

// The permission bits of a file, as `ls -l` shows them.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

// A copy of the schema-1 fixture whose header claims schema 999, written byte by
// byte so no SQLite connection ever touches it.
void writeNewerVersionFile(const QString &path)
{
    ASSERT_TRUE(QFile::copy(QStringLiteral(ADVOCATEDESK_FIXTURES_DIR "/schema-v1.sqlite"), path));
    QFile file(path);
    ASSERT_TRUE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    ASSERT_GE(bytes.size(), 100);
    qToBigEndian<quint32>(999, bytes.data() + 60); // PRAGMA user_version lives at offset 60
    ASSERT_TRUE(file.seek(0));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

void writeTextFile(const QString &path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name,email\nMei,mei@acme.example\n");
}

} // namespace

class CliDatabaseTest : public test::CliFixture
{
};

TEST_F(CliDatabaseTest, InitCreatesAnOwnerOnlyDatabaseAndIsHappyToRunAgain)
{
    const CliResult created = runOn(database(), {QStringLiteral("init")});
    ASSERT_EQ(created.exitCode, 0) << test::describe(created);
    ASSERT_TRUE(QFile::exists(database()));
    EXPECT_EQ(modeOf(database()), 0600);
    EXPECT_TRUE(created.out.contains(QStringLiteral("Created"))) << created.out.toStdString();

    const QByteArray before = test::fileHash(database());
    const CliResult again = runOn(database(), {QStringLiteral("init")});
    EXPECT_EQ(again.exitCode, 0) << test::describe(again);
    EXPECT_TRUE(again.out.contains(QStringLiteral("already"))) << again.out.toStdString();
    EXPECT_EQ(test::fileHash(database()), before);
}

TEST_F(CliDatabaseTest, InitWithoutDatabaseOptionUsesTheDefaultPath)
{
    // XDG_DATA_HOME is the test folder, so the default path lies inside it.
    const CliResult created = run({QStringLiteral("init")});
    ASSERT_EQ(created.exitCode, 0) << test::describe(created);
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("AdvocateDesk/advocatedesk/advocatedesk.sqlite"))))
        << created.out.toStdString();
}

TEST_F(CliDatabaseTest, DemoFillsAnEmptyDatabaseAndStatsCountsIt)
{
    const CliResult demo =
        runOn(database(), {QStringLiteral("demo"), QStringLiteral("--advocates"), QStringLiteral("50"),
                           QStringLiteral("--seed"), QStringLiteral("7")});
    ASSERT_EQ(demo.exitCode, 0) << test::describe(demo);
    EXPECT_TRUE(demo.out.contains(QStringLiteral("50 advocates"))) << demo.out.toStdString();
    // Not a terminal: no progress on stderr.
    EXPECT_TRUE(demo.err.isEmpty()) << demo.err.toStdString();

    const CliResult stats = runOn(database(), {QStringLiteral("stats"), QStringLiteral("--json")});
    ASSERT_EQ(stats.exitCode, 0) << test::describe(stats);
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(stats.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << stats.out.toStdString();
    ASSERT_TRUE(json.isObject());
    const QJsonObject counts = json.object();
    EXPECT_EQ(counts.value(QStringLiteral("advocates")).toInteger(), 50);
    for (const char *key : {"accounts", "nominations", "nps_responses", "contributions", "audit_events"})
        EXPECT_GT(counts.value(QLatin1String(key)).toInteger(), 0) << key;
    // Keys keep the order StatsService::counts() gives them.
    EXPECT_TRUE(stats.out.startsWith(QStringLiteral("{\"accounts\": "))) << stats.out.toStdString();
}

TEST_F(CliDatabaseTest, DemoRefusesADatabaseThatHoldsAdvocatesAndLeavesItUnchanged)
{
    makeDemo(database(), 20, 3);
    const QByteArray before = test::fileHash(database());
    const CliResult again =
        runOn(database(), {QStringLiteral("demo"), QStringLiteral("--advocates"), QStringLiteral("20")});
    EXPECT_EQ(again.exitCode, 1) << test::describe(again);
    EXPECT_TRUE(again.err.startsWith(QStringLiteral("advocatedesk-cli: "))) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds"))) << again.err.toStdString();
    EXPECT_TRUE(again.out.isEmpty());
    EXPECT_EQ(test::fileHash(database()), before);
}

TEST_F(CliDatabaseTest, DemoWithTheSameSeedGivesTheSameProgramme)
{
    const QString first = path(QStringLiteral("first.sqlite"));
    const QString second = path(QStringLiteral("second.sqlite"));
    makeDemo(first, 40, 11);
    makeDemo(second, 40, 11);
    for (const QStringList &command :
         {QStringList{QStringLiteral("stats"), QStringLiteral("--json")},
          QStringList{QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--limit"),
                      QStringLiteral("20")},
          QStringList{QStringLiteral("search"), QStringLiteral("director"), QStringLiteral("--json")}}) {
        const CliResult a = runOn(first, command);
        const CliResult b = runOn(second, command);
        ASSERT_EQ(a.exitCode, 0) << test::describe(a);
        EXPECT_FALSE(a.out.trimmed().isEmpty()) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(a.out, b.out) << command.join(QLatin1Char(' ')).toStdString();
    }
    const QString email = firstAdvocateEmail(first);
    const CliResult a =
        runOn(first, {QStringLiteral("advocate"), QStringLiteral("show"), email, QStringLiteral("--json")});
    const CliResult b =
        runOn(second, {QStringLiteral("advocate"), QStringLiteral("show"), email, QStringLiteral("--json")});
    ASSERT_EQ(a.exitCode, 0) << test::describe(a);
    EXPECT_EQ(a.out, b.out);
}

TEST_F(CliDatabaseTest, DemoNeedsAPositiveWholeNumberOfAdvocates)
{
    for (const QString &bad :
         {QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("many"), QStringLiteral("1.5")}) {
        const CliResult result =
            runOn(database(), {QStringLiteral("demo"), QStringLiteral("--advocates"), bad});
        EXPECT_EQ(result.exitCode, 2) << bad.toStdString() << test::describe(result);
        EXPECT_TRUE(result.err.contains(QStringLiteral("help demo"))) << result.err.toStdString();
    }
    const CliResult missing = runOn(database(), {QStringLiteral("demo")});
    EXPECT_EQ(missing.exitCode, 2) << test::describe(missing);
    EXPECT_FALSE(QFile::exists(database()));
}

TEST_F(CliDatabaseTest, CheckReportsTheSchemaVersionOfAHealthyDatabase)
{
    ASSERT_EQ(runOn(database(), {QStringLiteral("init")}).exitCode, 0);
    const CliResult check = runOn(database(), {QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << test::describe(check);
    EXPECT_TRUE(
        check.out.contains(QStringLiteral("Schema version: %1").arg(Database::currentSchemaVersion())))
        << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("Integrity: ok"))) << check.out.toStdString();
}

TEST_F(CliDatabaseTest, ReadingCommandsRefuseAMissingFileWithoutCreatingIt)
{
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("stats")},
          QStringList{QStringLiteral("search"), QStringLiteral("mei")}}) {
        const CliResult result = runOn(database(), command);
        EXPECT_EQ(result.exitCode, 1) << test::describe(result);
        EXPECT_TRUE(result.err.contains(QStringLiteral("init"))) << result.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(database()));
}

TEST_F(CliDatabaseTest, NewerVersionDatabaseIsRefusedUntouched)
{
    const QString newer = path(QStringLiteral("newer.sqlite"));
    writeNewerVersionFile(newer);
    const QByteArray before = test::fileHash(newer);
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("stats")},
          QStringList{QStringLiteral("init")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--advocates"), QStringLiteral("5")}}) {
        const CliResult result = runOn(newer, command);
        EXPECT_EQ(result.exitCode, 1) << test::describe(result);
        EXPECT_TRUE(result.err.contains(QStringLiteral("newer version"))) << result.err.toStdString();
        EXPECT_EQ(test::fileHash(newer), before) << command.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_FALSE(QFile::exists(newer + QStringLiteral("-wal")));
}

TEST_F(CliDatabaseTest, TextFileIsRefusedUntouched)
{
    const QString text = path(QStringLiteral("contacts.csv"));
    writeTextFile(text);
    const QByteArray before = test::fileHash(text);
    for (const QStringList &command :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--json")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--advocates"), QStringLiteral("5")}}) {
        const CliResult result = runOn(text, command);
        EXPECT_EQ(result.exitCode, 1) << test::describe(result);
        EXPECT_TRUE(result.err.contains(QStringLiteral("not an Advocate Desk database")))
            << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    }
    EXPECT_EQ(test::fileHash(text), before);
}
