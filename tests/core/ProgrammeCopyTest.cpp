// Whole-programme copies (core/storage/ProgrammeCopy): a file onto a server
// (server push), a server into a SQLite snapshot (backup --out on a server),
// and file to file, which needs no server. The server cases run through
// scripts/with-postgres.sh (Backends.h).
#include "Backends.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeTables.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace ad;

namespace {

QStringList rowsOf(const Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    const Status status = query.exec();
    EXPECT_TRUE(status.ok()) << status.error().message.toStdString() << " in " << sql.toStdString();
    QStringList rows;
    const int columns = query.raw().record().count();
    while (query.next()) {
        QStringList values;
        for (int c = 0; c < columns; ++c)
            values << (query.value(c).isNull() ? QStringLiteral("NULL") : query.value(c).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

qint64 count(const Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    const Result<QVariant> value = scalar(query);
    EXPECT_TRUE(value.ok()) << value.error().message.toStdString();
    return value ? value->toLongLong() : -1;
}

// A demo programme whose insertion order is not its id order: rows deleted in
// the middle leave gaps, and same-day touches are told apart by rowid only.
void fillProgramme(test::TempDatabase &temp, int advocates = 30)
{
    DemoOptions options;
    options.advocates = advocates;
    options.seed = 11;
    ASSERT_TRUE(DemoGenerator(temp.db(), temp.clock()).generate(options).ok());
    ASSERT_TRUE(execSql(temp.db(), QStringLiteral("DELETE FROM touches WHERE rowid % 7 = 3")).ok());
    const Account account = temp.makeAccount(QStringLiteral("Rowid Order Sdn Bhd"));
    const Advocate advocate = temp.makeAdvocate(QStringLiteral("order@rowid.example"), account.id);
    // Same day, ids against insertion order: only rowid says which came first.
    for (const char *id : {"ffff-touch", "0000-touch", "8888-touch"}) {
        SqlQuery touch(temp.db(),
                       QStringLiteral("INSERT INTO touches (id, advocate_id, kind, occurred_on, note, "
                                      "logged_by, created_at, updated_at) VALUES (?, ?, 'check_in', "
                                      "'2026-06-01', ?, 'tester', '2026-06-01T00:00:00Z', "
                                      "'2026-06-01T00:00:00Z')"));
        touch.bind(QString::fromLatin1(id)).bind(advocate.id).bind(QString::fromLatin1(id));
        ASSERT_TRUE(touch.exec().ok());
    }
}

const QString kTieBreak = QStringLiteral("SELECT rowid, id FROM touches ORDER BY occurred_on, rowid");
const QString kSearchIndex = QStringLiteral("SELECT rowid, name, email, title, account_name, success_story, "
                                            "notes FROM advocate_search ORDER BY rowid");

Result<std::unique_ptr<Database>> openEmptyServer(const test::ServerDatabase &server)
{
    return Database::open(server.url(), Database::Access::ReadWrite, Database::WhenEmpty::StaysEmpty);
}

} // namespace

// --- Both backends --------------------------------------------------------------

class ProgrammeTablesOnBackend : public test::BackendTest
{
};

TEST_P(ProgrammeTablesOnBackend, AreTheSchemasTablesWithParentsFirst)
{
    QSet<QString> listed;
    for (const ProgrammeTable &table : programmeTables())
        listed.insert(table.tableName());
    SqlQuery tables(temp().db(), temp().db().dialect().tablesSql());
    ASSERT_TRUE(tables.exec().ok());
    QSet<QString> inSchema;
    while (tables.next())
        inSchema.insert(tables.value(0).toString());
    inSchema.remove(QStringLiteral("advocate_search")); // SQLite's FTS5 table: each backend builds its own
    EXPECT_EQ(listed, inSchema);
    EXPECT_EQ(qsizetype(listed.size()), qsizetype(programmeTables().size())) << "a table is listed twice";
    // Parents first: copying in this order never breaks a foreign key.
    EXPECT_LT(
        std::find_if(programmeTables().begin(), programmeTables().end(),
                     [](const ProgrammeTable &t) { return t.tableName() == QLatin1String("accounts"); }),
        std::find_if(programmeTables().begin(), programmeTables().end(),
                     [](const ProgrammeTable &t) { return t.tableName() == QLatin1String("advocates"); }));
}

TEST_P(ProgrammeTablesOnBackend, ACopyIsRefusedByATargetThatHoldsAProgrammeAndChangesNothing)
{
    test::TempDatabase source;
    fillProgramme(source, 5);
    temp().makeAccount(QStringLiteral("Already Here Ltd"));
    const QString before = temp().snapshot();
    const Result<QList<TableSummary>> copied = ProgrammeCopy::copy(source.db(), temp().db());
    ASSERT_FALSE(copied.ok());
    EXPECT_EQ(copied.error().kind, ErrorKind::Duplicate);
    EXPECT_TRUE(copied.error().message.contains(QStringLiteral("accounts")))
        << copied.error().message.toStdString();
    EXPECT_EQ(temp().snapshot(), before);
}

TEST_P(ProgrammeTablesOnBackend, ANewProgrammesCatalogueIsReplacedByTheCopiedOne)
{
    test::TempDatabase source;
    fillProgramme(source, 5);
    ASSERT_TRUE(execSql(source.db(), QStringLiteral("UPDATE activity_types SET points = points + 1")).ok());
    const Result<QList<TableSummary>> copied = ProgrammeCopy::copy(source.db(), temp().db());
    ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
    EXPECT_EQ(*ProgrammeCopy::summarise(temp().db()), *ProgrammeCopy::summarise(source.db()));
    EXPECT_EQ(count(temp().db(), QStringLiteral("SELECT count(*) FROM activity_types")), 15);
}

AD_INSTANTIATE_BACKENDS(ProgrammeTablesOnBackend);

// --- File to file (no server needed) ------------------------------------------------

TEST(ProgrammeCopy, FileToFileKeepsEveryRowItsOrderAndTheSearchIndex)
{
    AD_SQLITE_ONLY("copies between a file and a server; its sources are files");
    test::TempDatabase source;
    fillProgramme(source);
    const QString target = QDir(source.dir()).filePath(QStringLiteral("copy.sqlite"));
    {
        auto copy = Database::open(target, Database::Access::ReadWrite, Database::WhenEmpty::StaysEmpty);
        ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
        const Result<QList<TableSummary>> copied = ProgrammeCopy::copy(source.db(), **copy);
        ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
        EXPECT_EQ(qsizetype(copied->size()), qsizetype(programmeTables().size()));
    }
    auto copy = Database::open(target);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(*ProgrammeCopy::summarise(**copy), *ProgrammeCopy::summarise(source.db()));
    EXPECT_EQ(rowsOf(**copy, kTieBreak), rowsOf(source.db(), kTieBreak));
    EXPECT_EQ(rowsOf(**copy, kSearchIndex), rowsOf(source.db(), kSearchIndex));
    EXPECT_TRUE((*copy)->integrityProblems()->isEmpty());
}

// --- File to server and back ----------------------------------------------------------

TEST(ProgrammeCopy, FileToServerKeepsEveryRowAndItsInsertionOrder)
{
    AD_SQLITE_ONLY("copies between a file and a server; its sources are files");
    AD_SKIP_WITHOUT_SERVER(Backend::Postgres);
    test::TempDatabase source;
    fillProgramme(source);
    test::ServerDatabase server;
    ASSERT_TRUE(server.isValid()) << server.error().toStdString();
    auto target = openEmptyServer(server);
    ASSERT_TRUE(target.ok()) << target.error().message.toStdString();
    ASSERT_EQ((*target)->schemaVersion(), 0);

    const Result<QList<TableSummary>> copied = ProgrammeCopy::copy(source.db(), **target);
    ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
    EXPECT_EQ((*target)->schemaVersion(), Database::currentSchemaVersion());
    const Result<QList<TableSummary>> original = ProgrammeCopy::summarise(source.db());
    ASSERT_TRUE(original.ok());
    EXPECT_EQ(*copied, *original);
    EXPECT_EQ(*ProgrammeCopy::summarise(**target), *original);
    for (const TableSummary &table : *copied)
        EXPECT_EQ(count(**target, QStringLiteral("SELECT count(*) FROM %1").arg(table.table)), table.rows)
            << table.table.toStdString();
    EXPECT_EQ(rowsOf(**target, kTieBreak), rowsOf(source.db(), kTieBreak));
    EXPECT_EQ(rowsOf(**target, QStringLiteral("SELECT seq, id FROM advocates ORDER BY seq")),
              rowsOf(source.db(), QStringLiteral("SELECT seq, id FROM advocates ORDER BY seq")));

    // The identity sequences moved past the copied values: a new row comes last.
    const qint64 lastTouch = count(**target, QStringLiteral("SELECT max(rowid) FROM touches"));
    const qint64 lastSeq = count(**target, QStringLiteral("SELECT max(seq) FROM advocates"));
    const FixedClock clock(test::TempDatabase::pinnedNow());
    Services services(**target, clock, QStringLiteral("tester"));
    Advocate input;
    input.name = QStringLiteral("After The Push");
    input.email = QStringLiteral("after@push.example");
    input.accountId =
        rowsOf(**target, QStringLiteral("SELECT id FROM accounts ORDER BY rowid LIMIT 1")).first();
    const Result<Advocate> added = services.advocates().create(input);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_GT(count(**target, QStringLiteral("SELECT seq FROM advocates WHERE email = 'after@push.example'")),
              lastSeq);
    SqlQuery touch(**target,
                   QStringLiteral("INSERT INTO touches (id, advocate_id, kind, occurred_on, created_at, "
                                  "updated_at) VALUES ('new-touch', ?, 'check_in', '2026-06-02', "
                                  "'2026-06-02T00:00:00Z', '2026-06-02T00:00:00Z')"));
    touch.bind(added->id);
    ASSERT_TRUE(touch.exec().ok());
    EXPECT_EQ(count(**target, QStringLiteral("SELECT rowid FROM touches WHERE id = 'new-touch'")),
              lastTouch + 1);
}

TEST(ProgrammeCopy, AServerSnapshotIsTheWholeProgrammeWithItsSearchIndex)
{
    AD_SQLITE_ONLY("copies between a file and a server; its sources are files");
    AD_SKIP_WITHOUT_SERVER(Backend::Postgres);
    test::TempDatabase source;
    fillProgramme(source);
    test::ServerDatabase server;
    ASSERT_TRUE(server.isValid()) << server.error().toStdString();
    {
        auto target = openEmptyServer(server);
        ASSERT_TRUE(target.ok()) << target.error().message.toStdString();
        ASSERT_TRUE(ProgrammeCopy::copy(source.db(), **target).ok());
    }
    auto onServer = Database::open(server.url());
    ASSERT_TRUE(onServer.ok());
    const QString snapshot = QDir(source.dir()).filePath(QStringLiteral("snapshot.sqlite"));
    const Status written = ProgrammeCopy::writeSnapshot(**onServer, snapshot);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(QDir(source.dir()).entryList({QStringLiteral("*.partial-*")}), QStringList());
    EXPECT_FALSE(QFileInfo(snapshot).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther));

    auto copy = Database::open(snapshot);
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    EXPECT_EQ((*copy)->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_EQ(*ProgrammeCopy::summarise(**copy), *ProgrammeCopy::summarise(source.db()));
    EXPECT_EQ(rowsOf(**copy, kTieBreak), rowsOf(source.db(), kTieBreak));
    // SQLite's search index, built as SQLite builds it: the same as the original file's.
    EXPECT_EQ(rowsOf(**copy, kSearchIndex), rowsOf(source.db(), kSearchIndex));
    EXPECT_TRUE((*copy)->integrityProblems()->isEmpty());
}

TEST(ProgrammeCopy, AFailureMidwayLeavesTheServerDatabaseEmpty)
{
    AD_SQLITE_ONLY("copies between a file and a server; its sources are files");
    AD_SKIP_WITHOUT_SERVER(Backend::Postgres);
    test::TempDatabase source;
    fillProgramme(source, 10);
    // SQLite keeps a NUL inside a text; PostgreSQL's text cannot hold one. The
    // audit log is copied late, after most tables went through.
    SqlQuery poisoned(source.db(), QStringLiteral("UPDATE audit_events SET reason = ? WHERE rowid = "
                                                  "(SELECT max(rowid) FROM audit_events)"));
    poisoned.bind(QString(QStringLiteral("before") + QChar(0) + QStringLiteral("after")));
    ASSERT_TRUE(poisoned.exec().ok());
    ASSERT_GT(count(source.db(), QStringLiteral("SELECT count(*) FROM audit_events")), 0);

    test::ServerDatabase server;
    ASSERT_TRUE(server.isValid()) << server.error().toStdString();
    {
        auto target = openEmptyServer(server);
        ASSERT_TRUE(target.ok()) << target.error().message.toStdString();
        const Result<QList<TableSummary>> copied = ProgrammeCopy::copy(source.db(), **target);
        ASSERT_FALSE(copied.ok());
        EXPECT_TRUE(copied.error().message.contains(QStringLiteral("audit_events")))
            << copied.error().message.toStdString();
    }
    // Not even the schema stayed: the database is as empty as before.
    EXPECT_EQ(server.exec(
                  {QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = "
                                  "current_schema()) <> 0 THEN RAISE EXCEPTION 'written'; END IF; END $$")}),
              QString());
}
