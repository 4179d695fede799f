#include "Backends.h"
#include "TempDatabase.h"

#include "services/FollowUpCounter.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace ad;

namespace {

QStringList tableNames(Database &db)
{
    SqlQuery query(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    EXPECT_TRUE(query.exec().ok());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// Writes a plain SQLite file through a raw connection, as another program would.
void writeForeignSqlite(const QString &path, const QString &statement)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (x)")));
        ASSERT_TRUE(query.exec(statement));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST(Database, NewFileIsMigratedToTheCurrentSchemaWithEveryEntityTable)
{
    AD_SQLITE_ONLY("the schema as SQLite stores it (PRAGMA user_version, sqlite_master)");
    test::TempDatabase temp;
    EXPECT_EQ(temp.db().schemaVersion(), Database::currentSchemaVersion());
    const QStringList tables = tableNames(temp.db());
    for (const char *table :
         {"accounts", "advocates", "nps_responses", "nominations", "activity_types", "requests", "asks",
          "participations", "appreciations", "touches", "referrals", "feedback_items", "purchases", "users",
          "consents", "audit_events", "advocate_search"})
        EXPECT_TRUE(tables.contains(QString::fromLatin1(table))) << table;
}

TEST(Database, EveryTableCarriesIdAndTimestamps)
{
    AD_SQLITE_ONLY("reads the columns through PRAGMA table_info");
    test::TempDatabase temp;
    for (const QString &table : tableNames(temp.db())) {
        if (table.startsWith(QLatin1String("advocate_search")) || table.startsWith(QLatin1String("sqlite_")))
            continue;
        SqlQuery columns(temp.db(), QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        columns.bind(table);
        ASSERT_TRUE(columns.exec().ok());
        QStringList names;
        while (columns.next())
            names << columns.value(0).toString();
        EXPECT_TRUE(names.contains(QStringLiteral("id"))) << table.toStdString();
        EXPECT_TRUE(names.contains(QStringLiteral("created_at"))) << table.toStdString();
        EXPECT_TRUE(names.contains(QStringLiteral("updated_at"))) << table.toStdString();
    }
}

TEST(Database, DefaultActivityCatalogueIsSeeded)
{
    test::TempDatabase temp;
    auto types = temp.services().activityTypes().list();
    ASSERT_TRUE(types.ok());
    EXPECT_EQ(types->size(), 15);
    auto caseStudy = temp.services().activityTypes().find(QStringLiteral("case study"));
    ASSERT_TRUE(caseStudy.ok() && caseStudy->has_value());
    EXPECT_EQ((*caseStudy)->barrier, Barrier::High);
}

TEST(Database, ConnectionHasForeignKeysWalAndBusyTimeout)
{
    AD_SQLITE_ONLY("SQLite connection settings");
    test::TempDatabase temp;
    SqlQuery fk(temp.db(), QStringLiteral("PRAGMA foreign_keys"));
    EXPECT_EQ(scalar(fk)->toInt(), 1);
    SqlQuery wal(temp.db(), QStringLiteral("PRAGMA journal_mode"));
    EXPECT_EQ(scalar(wal)->toString(), QStringLiteral("wal"));
    SqlQuery busy(temp.db(), QStringLiteral("PRAGMA busy_timeout"));
    EXPECT_GE(scalar(busy)->toInt(), 1000);
}

TEST(Database, ReopeningKeepsDataAndDoesNotReseed)
{
    test::TempDatabase temp;
    const Account account = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("mei@acme.example"), account.id);
    const QString before = temp.snapshot();
    temp.reopen();
    EXPECT_EQ(temp.snapshot(), before);
    EXPECT_EQ(temp.db().schemaVersion(), Database::currentSchemaVersion());
}

TEST(Database, FileAndWalAreReadableByOwnerOnly)
{
    AD_SQLITE_ONLY("file permissions of the database file");
    test::TempDatabase temp;
    const Account account = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("mei@acme.example"), account.id);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(temp.path() + suffix);
        ASSERT_TRUE(file.exists()) << suffix.toStdString();
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther;
        EXPECT_EQ(file.permissions() & others, QFileDevice::Permissions()) << suffix.toStdString();
        EXPECT_TRUE((file.permissions() & ownerOnly) == ownerOnly);
    }
}

TEST(Database, NewerSchemaVersionIsRefusedAndFileLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    writeForeignSqlite(path, QStringLiteral("PRAGMA user_version = 999"));
    const QByteArray before = test::fileHash(path);
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::NewerVersion);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer version")))
        << opened.error().message.toStdString();
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, NewerVersionWrittenByAdvocateDeskIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ours.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(execSql(**db, QStringLiteral("PRAGMA user_version = 77")).ok());
        ASSERT_TRUE(execSql(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    const QByteArray before = test::fileHash(path);
    auto reopened = Database::open(path);
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.error().kind, ErrorKind::NewerVersion);
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(Database, NonSqliteFileIsRefusedWithAClearMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name,email\nMei,mei@acme.example\n");
    file.close();
    const QByteArray before = test::fileHash(path);
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not an SQLite file")));
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(Database, CorruptFileIsRefusedWithoutCrashing)
{
    AD_SQLITE_ONLY("a damaged database file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    {
        test::TempDatabase temp;
        temp.makeAccount();
        ASSERT_TRUE(execSql(temp.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        temp.close();
        QFile source(temp.path());
        ASSERT_TRUE(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        // Keep the 100-byte header, scribble over the schema page and beyond.
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 37) & 0xff);
        QFile target(path);
        ASSERT_TRUE(target.open(QIODevice::WriteOnly));
        target.write(bytes);
    }
    const QByteArray before = test::fileHash(path);
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Corrupt) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged")));
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(Database, AnotherProgramsSqliteFileIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    writeForeignSqlite(path, QStringLiteral("INSERT INTO t VALUES (1)"));
    const QByteArray before = test::fileHash(path);
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(Database, FolderIsRefused)
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
}

// A file written by an earlier release, upgraded on open: what the user sees
// of it afterwards.
struct UpgradedFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    FixedClock clock{QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Services> services;

    // Copies tests/fixtures/NAME and opens the copy; fails the test if it does not open.
    void open(const char *name)
    {
        path = dir.filePath(QString::fromLatin1(name));
        ASSERT_TRUE(
            QFile::copy(QStringLiteral(ADVOCATEDESK_FIXTURES_DIR "/") + QString::fromLatin1(name), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto opened = Database::open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        db = std::move(opened).value();
        services = std::make_unique<Services>(*db, clock, QStringLiteral("tester"));
    }

    QHash<QString, qint64> counts() const
    {
        QHash<QString, qint64> byKey;
        auto counts = services->stats().counts();
        EXPECT_TRUE(counts.ok());
        if (counts.ok()) {
            for (const auto &[key, count] : *counts)
                byKey.insert(key, count);
        }
        return byKey;
    }

    // 1 when the file has an index of that name, 0 when not.
    int indexCount(const QString &name) const
    {
        SqlQuery index(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"));
        index.bind(name);
        auto found = scalar(index);
        EXPECT_TRUE(found.ok());
        return found.ok() ? found->toInt() : -1;
    }

    // The backups the upgrade to the current schema wrote first.
    QStringList upgradeBackups() const
    {
        return QDir(path + QStringLiteral(".backups"))
            .entryList({QStringLiteral("*-before-v%1.sqlite").arg(Database::currentSchemaVersion())}, QDir::Files);
    }

    QStringList integrityProblems() const
    {
        auto integrity = db->integrityProblems();
        EXPECT_TRUE(integrity.ok());
        return integrity.ok() ? *integrity : QStringList{QStringLiteral("integrity check failed")};
    }
};

TEST(Database, PreviousVersionFixtureOpensWithItsData)
{
    // A file written by schema version 1 (tests/fixtures/schema-v1.sqlite) must
    // always open after an upgrade, with its rows intact.
    UpgradedFixture fixture;
    ASSERT_NO_FATAL_FAILURE(fixture.open("schema-v1.sqlite"));
    EXPECT_EQ(fixture.db->schemaVersion(), Database::currentSchemaVersion());
    const QHash<QString, qint64> counts = fixture.counts();
    EXPECT_EQ(counts.value(QStringLiteral("advocates")), 30);
    EXPECT_GT(counts.value(QStringLiteral("nps_responses")), 0);
    EXPECT_TRUE(fixture.services->search().search(QStringLiteral("a")).ok());
    EXPECT_EQ(fixture.integrityProblems(), QStringList());
}

TEST(Database, LastReleasedVersionFixtureUpgradesWithEveryRowAndABackup)
{
    // tests/fixtures/schema-v3.sqlite was written by the last release before
    // schema 4 (demo --advocates 12 --seed 7 at the pinned clock). It must open
    // after the upgrade with every row, the new steps usable, and the old file
    // kept as a backup first.
    UpgradedFixture fixture;
    ASSERT_NO_FATAL_FAILURE(fixture.open("schema-v3.sqlite"));
    EXPECT_EQ(fixture.db->schemaVersion(), Database::currentSchemaVersion());
    const QHash<QString, qint64> counts = fixture.counts();
    EXPECT_EQ(counts.value(QStringLiteral("advocates")), 12);
    EXPECT_EQ(counts.value(QStringLiteral("requests")), 10);
    auto hits = fixture.services->search().search(QStringLiteral("daniel"));
    ASSERT_TRUE(hits.ok());
    EXPECT_FALSE(hits->isEmpty());
    // Schema 5's settings table takes the programme rules.
    EXPECT_TRUE(fixture.services->settings().apply().ok());
    EXPECT_EQ(fixture.integrityProblems(), QStringList());
    EXPECT_EQ(fixture.upgradeBackups().size(), 1) << "the upgrade keeps the version-3 file as a backup first";
}

TEST(Database, SchemaFiveFixtureUpgradesToTheLargeProgrammeIndexes)
{
    // tests/fixtures/schema-v5.sqlite was written by the release before schema 6
    // (demo --advocates 12 --seed 7 at the pinned clock). It opens with every row,
    // gains the board-order index, and the old file is kept as a backup first.
    UpgradedFixture fixture;
    ASSERT_NO_FATAL_FAILURE(fixture.open("schema-v5.sqlite"));
    EXPECT_EQ(fixture.db->schemaVersion(), Database::currentSchemaVersion());
    const QHash<QString, qint64> counts = fixture.counts();
    EXPECT_EQ(counts.value(QStringLiteral("advocates")), 12);
    EXPECT_EQ(counts.value(QStringLiteral("nominations")), 10);
    EXPECT_EQ(counts.value(QStringLiteral("requests")), 10);
    EXPECT_EQ(fixture.indexCount(QStringLiteral("advocates_stage_name")), 1);
    EXPECT_EQ(fixture.integrityProblems(), QStringList());
    EXPECT_EQ(fixture.upgradeBackups().size(), 1) << "the upgrade keeps the version-5 file as a backup first";
}

TEST(Database, SchemaSixFixtureUpgradesToTheFollowUpIndexes)
{
    // tests/fixtures/schema-v6.sqlite was written by the release before schema 7
    // (demo --advocates 12 --seed 7 at the pinned clock). It opens with every row,
    // its consents answer from the new index, and the old file is kept first.
    UpgradedFixture fixture;
    ASSERT_NO_FATAL_FAILURE(fixture.open("schema-v6.sqlite"));
    EXPECT_EQ(fixture.db->schemaVersion(), Database::currentSchemaVersion());
    const QHash<QString, qint64> counts = fixture.counts();
    EXPECT_EQ(counts.value(QStringLiteral("advocates")), 12);
    EXPECT_EQ(counts.value(QStringLiteral("consents")), 36);
    EXPECT_EQ(fixture.indexCount(QStringLiteral("consents_advocate_current")), 1);
    EXPECT_EQ(fixture.indexCount(QStringLiteral("consents_advocate")), 0) << "the new index replaces the old one";
    EXPECT_EQ(fixture.indexCount(QStringLiteral("participations_final_owed")), 1);
    // The follow-ups read consents and case studies through them and still
    // find what is owed.
    auto due = fixture.services->followUps().due(QString());
    ASSERT_TRUE(due.ok()) << due.error().message.toStdString();
    auto counted = FollowUpCounter(fixture.services->context(), fixture.services->rules()).count(QString());
    ASSERT_TRUE(counted.ok());
    const auto listed = [&due](FollowUpKind kind) {
        return int(std::count_if(due->cbegin(), due->cend(), [kind](const FollowUpItem &item) {
            return item.kind == kind;
        }));
    };
    EXPECT_GT(listed(FollowUpKind::StaleConsent), 0);
    EXPECT_EQ(counted->value(FollowUpKind::StaleConsent), listed(FollowUpKind::StaleConsent));
    EXPECT_EQ(counted->value(FollowUpKind::FinalVersion), listed(FollowUpKind::FinalVersion));
    EXPECT_EQ(fixture.integrityProblems(), QStringList());
    EXPECT_EQ(fixture.upgradeBackups().size(), 1) << "the upgrade keeps the version-6 file as a backup first";
}

TEST(Database, SchemaSevenFixtureUpgradesToNotesIndexedOncePerTransaction)
{
    // tests/fixtures/schema-v7.sqlite was written by the release before schema 8
    // (demo --advocates 12 --seed 7 at the pinned clock). It opens with every
    // row; its notes are still found, and new ones are found after their commit.
    UpgradedFixture fixture;
    ASSERT_NO_FATAL_FAILURE(fixture.open("schema-v7.sqlite"));
    EXPECT_EQ(fixture.db->schemaVersion(), Database::currentSchemaVersion());
    const QHash<QString, qint64> counts = fixture.counts();
    EXPECT_EQ(counts.value(QStringLiteral("advocates")), 12);
    EXPECT_EQ(counts.value(QStringLiteral("notes")), 2);
    SqlQuery firstNote(*fixture.db, QStringLiteral("SELECT n.advocate_id, n.body FROM advocate_notes n LIMIT 1"));
    ASSERT_TRUE(firstNote.exec().ok() && firstNote.next());
    const QString noted = firstNote.value(0).toString();
    const QString word = firstNote.value(1).toString().split(QLatin1Char(' ')).value(0);
    auto byOldNote = fixture.services->search().search(word, 50);
    ASSERT_TRUE(byOldNote.ok());
    EXPECT_TRUE(std::any_of(byOldNote->cbegin(), byOldNote->cend(),
                            [&](const SearchHit &hit) { return hit.advocateId == noted; }));
    ASSERT_TRUE(fixture.services->advocates().addNote(noted, QStringLiteral("Zanzibarian logistics story")).ok());
    auto byNewNote = fixture.services->search().search(QStringLiteral("zanzibarian"), 50);
    ASSERT_TRUE(byNewNote.ok());
    ASSERT_EQ(byNewNote->size(), 1);
    EXPECT_EQ(byNewNote->first().advocateId, noted);
    EXPECT_EQ(fixture.integrityProblems(), QStringList());
    EXPECT_EQ(fixture.upgradeBackups().size(), 1) << "the upgrade keeps the version-7 file as a backup first";
}

TEST(WriteTransaction, SecondWriterWaitsThenReportsBusy)
{
    test::TempDatabase temp;
    auto second = Database::open(temp.path());
    ASSERT_TRUE(second.ok());
    WriteTransaction first(temp.db());
    ASSERT_TRUE(first.isOpen());
    // BEGIN IMMEDIATE takes the write lock up front, so the second writer is told
    // "busy" before it writes anything, instead of failing half-way.
    WriteTransaction blocked(**second);
    EXPECT_FALSE(blocked.isOpen());
    EXPECT_EQ(blocked.error().kind, ErrorKind::Busy);
    EXPECT_TRUE(first.commit().ok());
}

TEST(WriteTransaction, UncommittedGuardRollsBackNestedWork)
{
    test::TempDatabase temp;
    const QString before = temp.snapshot();
    {
        WriteTransaction outer(temp.db());
        ASSERT_TRUE(outer.isOpen());
        Account input;
        input.name = QStringLiteral("Inner Sdn Bhd");
        ASSERT_TRUE(temp.services().accounts().create(input).ok()); // joins the outer transaction
    }                                                               // destroyed without commit
    EXPECT_EQ(temp.snapshot(), before);
}
