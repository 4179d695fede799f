// The storage seam (docs/storage-seam.md): opening a programme on either
// backend, the PostgreSQL schema and its refusals, and the SQL dialect. The
// TEST_P cases run on SQLite and, through scripts/with-postgres.sh, on a real
// PostgreSQL server.
#include "Backends.h"

#include "storage/Database.h"
#include "storage/PostgresUrl.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QSqlDatabase>

#include <gtest/gtest.h>

using namespace ad;

namespace {

QStringList column(Database &db, const QString &sql, const QVariantList &values = {})
{
    SqlQuery query(db, sql);
    for (const QVariant &value : values)
        query.bind(value);
    const Status status = query.exec();
    EXPECT_TRUE(status.ok()) << status.error().message.toStdString() << " in " << sql.toStdString();
    QStringList found;
    while (query.next())
        found << query.value(0).toString();
    return found;
}

QVariant single(Database &db, const QString &sql, const QVariantList &values = {})
{
    SqlQuery query(db, sql);
    for (const QVariant &value : values)
        query.bind(value);
    const Result<QVariant> value = scalar(query);
    EXPECT_TRUE(value.ok()) << value.error().message.toStdString() << " in " << sql.toStdString();
    return value.ok() ? *value : QVariant();
}

} // namespace

// --- Server addresses (no server needed) -------------------------------------

TEST(PostgresUrl, ReadsUserHostPortAndDatabase)
{
    const auto address = PostgresUrl::parse(QStringLiteral("postgresql://mei@db.example:6543/programme"));
    ASSERT_TRUE(address.ok()) << address.error().message.toStdString();
    EXPECT_EQ(address->user, QStringLiteral("mei"));
    EXPECT_EQ(address->host, QStringLiteral("db.example"));
    EXPECT_EQ(address->port, 6543);
    EXPECT_EQ(address->database, QStringLiteral("programme"));
    EXPECT_EQ(address->display(), QStringLiteral("postgresql://mei@db.example:6543/programme"));
}

TEST(PostgresUrl, TakesASocketFolderAndLeavesTheRestToLibpq)
{
    const auto address =
        PostgresUrl::parse(QStringLiteral("postgres:///advocates?host=/tmp/adpg.x/socket&sslmode=disable"));
    ASSERT_TRUE(address.ok()) << address.error().message.toStdString();
    EXPECT_TRUE(address->user.isEmpty());
    EXPECT_EQ(address->host, QStringLiteral("/tmp/adpg.x/socket"));
    EXPECT_EQ(address->port, -1);
    EXPECT_EQ(address->database, QStringLiteral("advocates"));
    EXPECT_EQ(address->sslMode, QStringLiteral("disable"));
    const auto again = PostgresUrl::parse(address->display());
    ASSERT_TRUE(again.ok()) << address->display().toStdString();
    EXPECT_EQ(again->host, address->host);
    EXPECT_EQ(again->database, address->database);
    EXPECT_EQ(again->sslMode, address->sslMode);
}

TEST(PostgresUrl, APasswordInTheAddressIsRefused)
{
    for (const char *text : {"postgresql://mei:secret@db.example/programme",
                             "postgresql://mei@db.example/programme?password=secret"}) {
        const auto address = PostgresUrl::parse(QString::fromLatin1(text));
        ASSERT_FALSE(address.ok()) << text;
        EXPECT_TRUE(address.error().message.contains(QStringLiteral("PGPASSWORD"))) << text;
        EXPECT_FALSE(address.error().message.contains(QStringLiteral("secret"))) << text;
    }
}

TEST(PostgresUrl, AddressesWithoutADatabaseOrWithUnknownSettingsAreRefused)
{
    for (const char *text : {"postgresql://db.example", "postgresql://db.example/", "postgresql://db.example/a/b",
                             "postgresql://db.example/p?colour=blue", "postgresql://db.example/p?port=99999",
                             "postgresql://db.example/p?sslmode=sometimes", "/home/mei/programme.sqlite"}) {
        const auto address = PostgresUrl::parse(QString::fromLatin1(text));
        EXPECT_FALSE(address.ok()) << text;
        if (!address.ok()) {
            EXPECT_EQ(address.error().kind, ErrorKind::Invalid) << text;
        }
    }
    EXPECT_TRUE(PostgresUrl::isServerAddress(QStringLiteral("PostgreSQL://h/p")));
    EXPECT_FALSE(PostgresUrl::isServerAddress(QStringLiteral("programme.sqlite")));
}

TEST(PostgresDatabase, AnUnreachableServerIsRefusedReadably)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        GTEST_SKIP() << "Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)";
    const auto opened = Database::open(QStringLiteral("postgresql://nobody@/programme?host=/nonexistent-folder"));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("cannot be reached")))
        << opened.error().message.toStdString();
}

// --- Both backends --------------------------------------------------------------

class DatabaseOnBackend : public test::BackendTest
{
};

TEST_P(DatabaseOnBackend, NewDatabaseGetsTheCurrentSchemaAndTheActivityCatalogue)
{
    Database &db = temp().db();
    EXPECT_EQ(db.backend(), backend());
    EXPECT_EQ(db.dialect().backend(), backend());
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion());
    const QStringList tables = column(db, db.dialect().tablesSql());
    for (const char *table :
         {"accounts", "advocates", "nps_responses", "nominations", "activity_types", "requests", "asks",
          "participations", "appreciations", "touches", "referrals", "feedback_items", "purchases", "users",
          "consents", "audit_events", "tier_reviews", "sync_exports", "sync_imports", "sync_aliases",
          "programme_settings", "erasure_ledger", "sync_identity", "sync_trusted_keys"})
        EXPECT_TRUE(tables.contains(QString::fromLatin1(table))) << table;
    EXPECT_EQ(single(db, QStringLiteral("SELECT count(*) FROM activity_types")).toInt(), 15);
    EXPECT_TRUE(db.integrityProblems()->isEmpty());
}

TEST_P(DatabaseOnBackend, ReopeningKeepsTheDataAndDoesNotSeedAgain)
{
    const Account account = temp().makeAccount(QStringLiteral("Kestrel Freight"));
    temp().reopen();
    ASSERT_TRUE(temp().isOpen());
    EXPECT_EQ(single(temp().db(), QStringLiteral("SELECT count(*) FROM activity_types")).toInt(), 15);
    const auto found = temp().services().accounts().get(account.id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->name, QStringLiteral("Kestrel Freight"));
}

TEST_P(DatabaseOnBackend, ANewerSchemaVersionIsRefusedAndNothingIsWritten)
{
    const QString versionSql = backend() == Backend::Postgres
                                   ? QStringLiteral("UPDATE advocatedesk_schema SET version = 99")
                                   : QStringLiteral("PRAGMA user_version = 99");
    temp().makeAccount();
    ASSERT_TRUE(execSql(temp().db(), versionSql).ok());
    const QString before = temp().snapshot();
    const QString path = temp().path();
    temp().close();

    const auto refused = Database::open(path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::NewerVersion);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("newer version")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("99"))) << refused.error().message.toStdString();

    // Still at 99 with the same rows: put the version back to look.
    if (backend() == Backend::Postgres) {
        EXPECT_EQ(temp().server()->exec({QStringLiteral("DO $$ BEGIN IF (SELECT version FROM advocatedesk_schema) "
                                                        "<> 99 THEN RAISE EXCEPTION 'changed'; END IF; END $$"),
                                         QStringLiteral("UPDATE advocatedesk_schema SET version = %1")
                                             .arg(Database::currentSchemaVersion())}),
                  QString());
        temp().reopen();
        ASSERT_TRUE(temp().isOpen());
        EXPECT_EQ(temp().snapshot(), before);
    }
}

TEST_P(DatabaseOnBackend, WritesAreAllOrNothing)
{
    Database &db = temp().db();
    {
        WriteTransaction outer(db);
        ASSERT_TRUE(outer.isOpen()) << outer.error().message.toStdString();
        temp().makeAccount(QStringLiteral("Rolled Back Sdn Bhd"));
        // destroyed without commit
    }
    EXPECT_TRUE(column(db, QStringLiteral("SELECT name FROM accounts")).isEmpty());
    {
        WriteTransaction outer(db);
        ASSERT_TRUE(outer.isOpen());
        temp().makeAccount(QStringLiteral("Kept Sdn Bhd"));
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(column(db, QStringLiteral("SELECT name FROM accounts")), QStringList{QStringLiteral("Kept Sdn Bhd")});
}

TEST_P(DatabaseOnBackend, DialectFragmentsMeanTheSameOnBothBackends)
{
    Database &db = temp().db();
    const SqlDialect &sql = db.dialect();
    const QString rows = QStringLiteral("(SELECT 'b' AS v, 2 AS k UNION ALL SELECT 'a', 1 UNION ALL SELECT 'c', 3) t");
    // Aggregation order follows the subquery's order on both engines when it is sorted first.
    EXPECT_EQ(single(db, QStringLiteral("SELECT %1 FROM (SELECT v FROM %2 ORDER BY k) s")
                             .arg(sql.stringAgg(QStringLiteral("v"), QStringLiteral("' '")), rows))
                  .toString(),
              QStringLiteral("a b c"));
    EXPECT_EQ(single(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                             .arg(rows, sql.caseFoldedEquals(QStringLiteral("v"))),
                     {QStringLiteral("B")})
                  .toInt(),
              1);
    EXPECT_EQ(column(db, QStringLiteral("SELECT v FROM (SELECT 'b' AS v UNION ALL SELECT 'A' UNION ALL SELECT 'c') t "
                                        "ORDER BY %1")
                             .arg(sql.caseFolded(QStringLiteral("v")))),
              (QStringList{QStringLiteral("A"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_DOUBLE_EQ(single(db, QStringLiteral("SELECT %1")
                                    .arg(sql.daysBetween(QStringLiteral("'2026-06-15T12:00:00.000Z'"),
                                                         QStringLiteral("'2026-06-14'"))))
                         .toDouble(),
                     1.5);
    EXPECT_EQ(single(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                             .arg(rows, sql.containsPlain(QStringLiteral("'x%_' || v"))),
                     {QStringLiteral("%_b")})
                  .toInt(),
              1);
    EXPECT_EQ(single(db, QStringLiteral("SELECT count(*) FROM %1 WHERE upper(v) %2 ?").arg(rows, sql.likeInsensitive()),
                     {QStringLiteral("b%")})
                  .toInt(),
              1);
    EXPECT_EQ(single(db, QStringLiteral("SELECT count(*) FROM (SELECT v FROM %1 %2) s").arg(rows, sql.noLimit())).toInt(),
              3);
    EXPECT_EQ(single(db, sql.tableExistsSql(), {QStringLiteral("advocates")}).toInt(), 1);
    EXPECT_EQ(single(db, sql.tableExistsSql(), {QStringLiteral("no_such_table")}).toInt(), 0);
    EXPECT_EQ(column(db, sql.tableColumnsSql(), {QStringLiteral("purchases")}),
              (QStringList{QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("purchased_on"),
                           QStringLiteral("amount"), QStringLiteral("created_at"), QStringLiteral("updated_at")}));
}

TEST_P(DatabaseOnBackend, BoolsBindAsIntegerFlags)
{
    Database &db = temp().db();
    const Account account = temp().makeAccount();
    SqlQuery update(db, QStringLiteral("UPDATE accounts SET open_escalation = ? WHERE id = ?"));
    update.bind(true).bind(account.id);
    ASSERT_TRUE(update.exec().ok());
    EXPECT_EQ(single(db, QStringLiteral("SELECT open_escalation FROM accounts")).toInt(), 1);
}

AD_INSTANTIATE_BACKENDS(DatabaseOnBackend);

// --- PostgreSQL only --------------------------------------------------------------

TEST(PostgresDatabase, SchemaHasSqlitesTablesAndColumnsInTheSameOrder)
{
    AD_SKIP_WITHOUT_SERVER(Backend::Postgres);
    test::TempDatabase sqlite;
    test::TempDatabase postgres(Backend::Postgres);
    ASSERT_TRUE(postgres.isOpen());
    QStringList sqliteTables = column(sqlite.db(), sqlite.db().dialect().tablesSql());
    // The search index is SQLite's (FTS5) until SearchIndex brings PostgreSQL's.
    sqliteTables.removeAll(QStringLiteral("advocate_search"));
    const QStringList postgresTables = column(postgres.db(), postgres.db().dialect().tablesSql());
    EXPECT_EQ(postgresTables, sqliteTables);
    for (const QString &table : sqliteTables)
        EXPECT_EQ(column(postgres.db(), postgres.db().dialect().tableColumnsSql(), {table}),
                  column(sqlite.db(), sqlite.db().dialect().tableColumnsSql(), {table}))
            << table.toStdString();
}

TEST(PostgresDatabase, ADatabaseOfAnotherProgramIsRefusedUntouched)
{
    AD_SKIP_WITHOUT_SERVER(Backend::Postgres);
    test::ServerDatabase server;
    ASSERT_TRUE(server.isValid()) << server.error().toStdString();
    ASSERT_EQ(server.exec({QStringLiteral("CREATE TABLE invoices (id integer PRIMARY KEY)")}), QString());
    const auto opened = Database::open(server.url());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not an Advocate Desk programme")))
        << opened.error().message.toStdString();
    // Nothing was created beside the other program's table.
    EXPECT_EQ(server.exec({QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = "
                                          "current_schema()) <> 1 THEN RAISE EXCEPTION 'written'; END IF; END $$")}),
              QString());
}

TEST(PostgresDatabase, AMarkOfAnotherApplicationIsRefused)
{
    AD_SKIP_WITHOUT_SERVER(Backend::Postgres);
    test::ServerDatabase server;
    ASSERT_TRUE(server.isValid()) << server.error().toStdString();
    ASSERT_EQ(server.exec({QStringLiteral("CREATE TABLE advocatedesk_schema (application_id bigint, version integer)"),
                           QStringLiteral("INSERT INTO advocatedesk_schema VALUES (12345, 1)")}),
              QString());
    const auto opened = Database::open(server.url());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
}

TEST(PostgresDatabase, AnUnknownUserOrDatabaseIsRefusedReadably)
{
    AD_SKIP_WITHOUT_SERVER(Backend::Postgres);
    auto server = PostgresUrl::parse(test::postgresServer());
    ASSERT_TRUE(server.ok());
    PostgresAddress stranger = *server;
    stranger.user = QStringLiteral("no_such_role_here");
    const auto refused = Database::open(stranger.display());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("did not let this user in")))
        << refused.error().message.toStdString();

    PostgresAddress missing = *server;
    missing.database = QStringLiteral("no_such_database_here");
    const auto absent = Database::open(missing.display());
    ASSERT_FALSE(absent.ok());
    EXPECT_EQ(absent.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(absent.error().message.contains(QStringLiteral("no such database")))
        << absent.error().message.toStdString();
}

TEST(PostgresDatabase, AConstraintErrorComesBackReadable)
{
    AD_SKIP_WITHOUT_SERVER(Backend::Postgres);
    test::TempDatabase temp(Backend::Postgres);
    ASSERT_TRUE(temp.isOpen());
    SqlQuery bad(temp.db(), QStringLiteral("INSERT INTO users (id, name, role, created_at, updated_at) "
                                           "VALUES ('u1', 'Aisha', 'pirate', 'x', 'x')"));
    const Status status = bad.exec();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("users_role_check")))
        << status.error().message.toStdString();
}
