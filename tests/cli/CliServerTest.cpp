// A programme on a PostgreSQL server from the command line: --database URL,
// server init, server push, and backup --out as the way back to a file. The
// cases that need a server run through scripts/with-postgres.sh (Backends.h);
// the refusals that need none run always.
#include "Backends.h"
#include "CliFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ad;
using test::CliResult;

namespace {

// Nothing listens on port 1: the address of a server that cannot be reached.
const QString kUnreachable = QStringLiteral("postgresql://nobody@127.0.0.1:1/programme");

// "No table but these": run on the server, empty when true.
QString tablesAre(int expected)
{
    return QStringLiteral(
               "DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()) "
               "<> %1 THEN RAISE EXCEPTION 'the database holds other tables'; END IF; END $$")
        .arg(expected);
}

class CliServerTest : public test::CliFixture
{
protected:
    CliResult stats(const QString &database) const
    {
        return runOn(database, {QStringLiteral("stats"), QStringLiteral("--json")});
    }
    // Nothing the CLI did became a file or a folder named after the address.
    void expectNoAddressOnDisk() const
    {
        EXPECT_EQ(
            QDir(m_dir.path()).entryList({QStringLiteral("postgres*")}, QDir::AllEntries | QDir::Hidden),
            QStringList());
    }
};

// A server of its own for each case, empty; skipped without a test server.
class CliOnServerTest : public CliServerTest
{
protected:
    void SetUp() override
    {
        AD_SKIP_WITHOUT_SERVER(Backend::Postgres);
        m_server = std::make_unique<test::ServerDatabase>();
        ASSERT_TRUE(m_server->isValid()) << m_server->error().toStdString();
    }
    QString url() const { return m_server->url(); }
    // demo.sqlite, a realistic programme made by the CLI itself.
    QString demo()
    {
        const QString file = path(QStringLiteral("demo.sqlite"));
        if (!QFileInfo::exists(file))
            makeDemo(file, 40, 3);
        return file;
    }
    CliResult push(const QStringList &more = {})
    {
        return run(QStringList{QStringLiteral("server"), QStringLiteral("push"), demo(), url()} + more);
    }

    std::unique_ptr<test::ServerDatabase> m_server;
};

} // namespace

// --- No server needed ----------------------------------------------------------------

TEST_F(CliServerTest, AnUnreachableServerIsRefusedReadablyAndNothingIsWritten)
{
    makeDemo(database(), 5);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("server"), QStringLiteral("init"), kUnreachable},
          QStringList{QStringLiteral("server"), QStringLiteral("push"), database(), kUnreachable},
          QStringList{QStringLiteral("stats"), QStringLiteral("--database"), kUnreachable},
          QStringList{QStringLiteral("init"), QStringLiteral("--database"), kUnreachable},
          QStringList{QStringLiteral("backup"), QStringLiteral("--out"), path(QStringLiteral("snap.sqlite")),
                      QStringLiteral("--database"), kUnreachable}}) {
        const CliResult result = run(arguments);
        EXPECT_EQ(result.exitCode, 1)
            << arguments.join(QLatin1Char(' ')).toStdString() << test::describe(result);
        EXPECT_TRUE(result.err.contains(QStringLiteral("127.0.0.1:1"))) << test::describe(result);
        EXPECT_TRUE(result.err.contains(QStringLiteral("cannot be reached")) ||
                    result.err.contains(QStringLiteral("driver is not installed")))
            << test::describe(result);
    }
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("snap.sqlite"))));
    expectNoAddressOnDisk();
}

TEST_F(CliServerTest, ServerCommandsTakeAnAddressWhereTheyWantOneAndAFileWhereTheyWantAFile)
{
    makeDemo(database(), 5);
    const CliResult initFile = run({QStringLiteral("server"), QStringLiteral("init"), database()});
    EXPECT_EQ(initFile.exitCode, 2) << test::describe(initFile);
    EXPECT_TRUE(initFile.err.contains(QStringLiteral("not a server address"))) << test::describe(initFile);
    const CliResult pushFromServer =
        run({QStringLiteral("server"), QStringLiteral("push"), kUnreachable, kUnreachable});
    EXPECT_EQ(pushFromServer.exitCode, 2) << test::describe(pushFromServer);
    const CliResult pushToFile =
        run({QStringLiteral("server"), QStringLiteral("push"), database(), database()});
    EXPECT_EQ(pushToFile.exitCode, 2) << test::describe(pushToFile);
    const CliResult twoTargets =
        runOn(database(), {QStringLiteral("server"), QStringLiteral("init"), kUnreachable});
    EXPECT_EQ(twoTargets.exitCode, 2) << test::describe(twoTargets);
    // The help lists them.
    const CliResult help = run({QStringLiteral("help"), QStringLiteral("server")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("server push FILE.sqlite URL"))) << help.out.toStdString();
}

TEST_F(CliServerTest, FileOnlyStepsSayTheyDoNotApplyToAServer)
{
    makeDemo(database(), 5);
    const CliResult restore =
        run({QStringLiteral("restore"), database(), QStringLiteral("--database"), kUnreachable});
    EXPECT_EQ(restore.exitCode, 1) << test::describe(restore);
    EXPECT_TRUE(restore.err.contains(QStringLiteral("server push"))) << test::describe(restore);
    // An output that is an address would be a folder "postgresql:" here.
    const CliResult out =
        runOn(database(), {QStringLiteral("backup"), QStringLiteral("--out"), kUnreachable});
    EXPECT_EQ(out.exitCode, 1) << test::describe(out);
    EXPECT_TRUE(out.err.contains(QStringLiteral("server address"))) << test::describe(out);
    expectNoAddressOnDisk();
}

// --- On a server -----------------------------------------------------------------------

TEST_F(CliOnServerTest, ServerInitCreatesTheSchemaOnceAndRefusesASecondTime)
{
    const CliResult created =
        run({QStringLiteral("server"), QStringLiteral("init"), url(), QStringLiteral("--json")});
    ASSERT_EQ(created.exitCode, 0) << test::describe(created);
    const QJsonObject json = QJsonDocument::fromJson(created.out.toUtf8()).object();
    EXPECT_TRUE(json.value(QStringLiteral("created")).toBool()) << created.out.toStdString();
    EXPECT_EQ(json.value(QStringLiteral("database")).toString(), url());
    const CliResult check = runOn(url(), {QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << test::describe(check);
    EXPECT_TRUE(check.out.contains(QStringLiteral("Integrity: ok"))) << test::describe(check);

    const CliResult again = run({QStringLiteral("server"), QStringLiteral("init"), url()});
    EXPECT_EQ(again.exitCode, 1) << test::describe(again);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already an Advocate Desk programme")))
        << test::describe(again);
    expectNoAddressOnDisk();
}

TEST_F(CliOnServerTest, ReadingCommandsDoNotTurnAnEmptyServerDatabaseIntoAProgramme)
{
    const CliResult result = stats(url());
    EXPECT_EQ(result.exitCode, 1) << test::describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("server init"))) << test::describe(result);
    EXPECT_EQ(m_server->exec({tablesAre(0)}), QString());
}

TEST_F(CliOnServerTest, ADatabaseOfAnotherProgramIsRefusedAndLeftAlone)
{
    ASSERT_EQ(m_server->exec({QStringLiteral("CREATE TABLE invoices (id integer PRIMARY KEY)")}), QString());
    const CliResult init = run({QStringLiteral("server"), QStringLiteral("init"), url()});
    EXPECT_EQ(init.exitCode, 1) << test::describe(init);
    EXPECT_TRUE(init.err.contains(QStringLiteral("not an Advocate Desk programme"))) << test::describe(init);
    const CliResult pushed = push();
    EXPECT_EQ(pushed.exitCode, 1) << test::describe(pushed);
    EXPECT_TRUE(pushed.err.contains(QStringLiteral("not an Advocate Desk programme")))
        << test::describe(pushed);
    EXPECT_EQ(m_server->exec({tablesAre(1)}), QString());
}

TEST_F(CliOnServerTest, PushThenTheServerHoldsWhatTheFileHolds)
{
    const CliResult pushed = push({QStringLiteral("--json")});
    ASSERT_EQ(pushed.exitCode, 0) << test::describe(pushed);
    const QJsonArray tables =
        QJsonDocument::fromJson(pushed.out.toUtf8()).object().value(QStringLiteral("tables")).toArray();
    EXPECT_GT(tables.size(), 20);
    qint64 advocatesCopied = -1;
    for (const QJsonValue &table : tables) {
        if (table[QStringLiteral("table")].toString() == QLatin1String("advocates"))
            advocatesCopied = table[QStringLiteral("rows")].toInteger();
    }
    EXPECT_EQ(advocatesCopied, 40);

    const CliResult onFile = stats(demo());
    const CliResult onServer = stats(url());
    ASSERT_EQ(onServer.exitCode, 0) << test::describe(onServer);
    EXPECT_EQ(onServer.out, onFile.out);
    // One advocate with everything that happened with them, read through the services.
    const QString email = firstAdvocateEmail(demo());
    const QStringList show{QStringLiteral("advocate"), QStringLiteral("show"), email,
                           QStringLiteral("--json")};
    const CliResult shownOnServer = runOn(url(), show);
    ASSERT_EQ(shownOnServer.exitCode, 0) << test::describe(shownOnServer);
    EXPECT_EQ(shownOnServer.out, runOn(demo(), show).out);
    expectNoAddressOnDisk();
}

TEST_F(CliOnServerTest, PushIntoAServerThatHoldsAProgrammeIsRefusedAndChangesNothing)
{
    ASSERT_EQ(push().exitCode, 0);
    const QString before = stats(url()).out;
    const CliResult again = push();
    EXPECT_EQ(again.exitCode, 1) << test::describe(again);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds a programme"))) << test::describe(again);
    EXPECT_EQ(stats(url()).out, before);
}

TEST_F(CliOnServerTest, PushIntoANewProgrammeFromServerInitWorks)
{
    ASSERT_EQ(run({QStringLiteral("server"), QStringLiteral("init"), url()}).exitCode, 0);
    const CliResult pushed = push();
    ASSERT_EQ(pushed.exitCode, 0) << test::describe(pushed);
    EXPECT_TRUE(pushed.out.contains(QStringLiteral("verified"))) << pushed.out.toStdString();
    EXPECT_EQ(stats(url()).out, stats(demo()).out);
}

TEST_F(CliOnServerTest, BackupOutOfAServerIsASnapshotThatOpensAsAFile)
{
    ASSERT_EQ(push().exitCode, 0);
    const QString snapshot = path(QStringLiteral("snap.sqlite"));
    const CliResult backedUp = runOn(url(), {QStringLiteral("backup"), QStringLiteral("--out"), snapshot});
    ASSERT_EQ(backedUp.exitCode, 0) << test::describe(backedUp);
    EXPECT_TRUE(backedUp.out.contains(QStringLiteral("snapshot"))) << backedUp.out.toStdString();
    EXPECT_FALSE(QFileInfo(snapshot).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther));

    EXPECT_EQ(stats(snapshot).out, stats(demo()).out);
    EXPECT_EQ(runOn(snapshot, {QStringLiteral("check")}).exitCode, 0);
    // SQLite's search index was built in the snapshot.
    const QStringList search{QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--json")};
    const CliResult found = runOn(snapshot, search);
    ASSERT_EQ(found.exitCode, 0) << test::describe(found);
    EXPECT_FALSE(QJsonDocument::fromJson(found.out.toUtf8()).array().isEmpty());
    EXPECT_EQ(found.out, runOn(demo(), search).out);

    // Without --out there is no folder beside a server to rotate backups in.
    const CliResult rotating = runOn(url(), {QStringLiteral("backup")});
    EXPECT_EQ(rotating.exitCode, 1) << test::describe(rotating);
    EXPECT_TRUE(rotating.err.contains(QStringLiteral("backup --out FILE.sqlite")))
        << test::describe(rotating);
    expectNoAddressOnDisk();
}
