#include "Database.h"

#include "Backup.h"
#include "DatabaseFile.h"
#include "ApplicationId.h"
#include "Migrations.h"
#include "PostgresUrl.h"
#include "SqlQuery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace ad {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("advocatedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The header fields Database::open decides on, as SQLite reads them.
struct FileFacts
{
    quint32 applicationId = 0;
    int userVersion = 0;
    int tables = 0;
};

Result<FileFacts> readFacts(const Database &db)
{
    const QString path = db.path();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    FileFacts facts;
    // The first read: a file that is not SQLite, or is damaged, says so here.
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                   "(SELECT user_version FROM pragma_user_version), "
                                   "(SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%')"))
        || !query.next()) {
        const QSqlError error = query.lastError();
        constexpr int kSqliteNotADb = 26;
        if ((error.nativeErrorCode().toInt() & 0xff) == kSqliteNotADb)
            return makeError(ErrorKind::NotADatabase,
                             Database::tr("“%1” is not an Advocate Desk database: it is not an SQLite file.").arg(path));
        const Error storage = storageError(error, QString());
        if (storage.kind == ErrorKind::Busy)
            return storage;
        return makeError(ErrorKind::Corrupt,
                         Database::tr("“%1” cannot be opened: it is damaged or not an Advocate Desk database (%2).")
                             .arg(path, storage.message));
    }
    facts.applicationId = quint32(query.value(0).toLongLong());
    facts.userVersion = query.value(1).toInt();
    facts.tables = query.value(2).toInt();
    return facts;
}

} // namespace

Database::Database(QString path, QString connectionName, Backend backend)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_dialect(&SqlDialect::forBackend(backend))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("advocatedesk.sqlite"));
}

int Database::currentSchemaVersion()
{
    return latestSchemaVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (backend() == Backend::Postgres) {
        // Asked before reading: a statement on a missing table would abort the
        // transaction it runs in (a migration's).
        SqlQuery exists(*this, dialect().tableExistsSql());
        exists.bind(QStringLiteral("advocatedesk_schema"));
        const Result<QVariant> found = scalar(exists);
        if (!found)
            return -1;
        if (found->toInt() == 0)
            return 0;
        SqlQuery query(*this, QStringLiteral("SELECT version FROM advocatedesk_schema"));
        const Result<QVariant> version = scalar(query);
        return version ? version->toInt() : -1;
    }
    SqlQuery query(*this, QStringLiteral("PRAGMA user_version"));
    const Result<QVariant> version = scalar(query);
    return version ? version->toInt() : -1;
}

qint64 Database::dataVersion() const
{
    if (backend() == Backend::Postgres)
        return -1;
    SqlQuery query(*this, QStringLiteral("PRAGMA data_version"));
    const Result<QVariant> version = scalar(query);
    return version ? version->toLongLong() : -1;
}

QString Database::fileReplacedMessage() const
{
    if (backend() == Backend::Postgres)
        return {}; // no file of ours to replace
    const std::optional<DatabaseFile::Identity> identity = DatabaseFile::identityOf(m_path);
    if (!identity)
        return tr("The database file “%1” was removed by another program. What is on screen is still "
                  "open: use File → Back Up Database… to save it to a file, then open that file.")
            .arg(m_path);
    if (*identity != m_identity)
        return tr("The database file “%1” was replaced by another program. What is on screen is the "
                  "file as it was: use File → Back Up Database… to keep it, or open the file again "
                  "to see the new one.")
            .arg(m_path);
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access, WhenEmpty whenEmpty)
{
    if (path.isEmpty())
        return makeError(ErrorKind::Invalid, tr("No database file was given."));
    if (PostgresUrl::isServerAddress(path))
        return openServer(path, access, whenEmpty);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return makeError(ErrorKind::NotADatabase, tr("“%1” is a folder, not a database file.").arg(absolute));

    if (QFileInfo::exists(absolute) && !DatabaseFile::isRegularFile(absolute))
        return makeError(ErrorKind::NotADatabase,
                         tr("“%1” is not a regular file (a device, a pipe or a socket), so it cannot be a "
                            "database.").arg(absolute));

    const bool readOnly = access == Access::ReadOnly
                          || (QFileInfo::exists(absolute) && !QFileInfo(absolute).isWritable());
    if (!QFileInfo::exists(absolute)) {
        if (access == Access::ReadOnly)
            return makeError(ErrorKind::NotFound, tr("There is no database at “%1”.").arg(absolute));
        if (Status created = DatabaseFile::createEmpty(absolute); !created)
            return created.error();
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(absolute, name));
    db->m_readOnly = readOnly;
    db->m_identity = DatabaseFile::identityOf(absolute).value_or(DatabaseFile::Identity{});
    db->m_registration = std::make_unique<DatabaseFile::Registration>(absolute);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(absolute);
        // Wait a bounded time for another process's write lock before reporting "busy".
        const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutSeconds * 1000);
        connection.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + busy : busy);
        if (!connection.open())
            return makeError(ErrorKind::Storage,
                             tr("Cannot open “%1”: %2").arg(absolute, connection.lastError().text()));
    }

    // What the file says about itself, read through SQLite and before anything
    // is written: a foreign, damaged or newer file is refused untouched. (Never
    // by reading its bytes: see DatabaseFile.h.)
    Result<FileFacts> facts = readFacts(*db);
    if (!facts)
        return facts.error();
    if (facts->applicationId != 0 && facts->applicationId != kAdvocateDeskApplicationId)
        return makeError(ErrorKind::NotADatabase,
                         tr("“%1” is an SQLite database of another program, not an Advocate Desk database.")
                             .arg(absolute));
    const int version = facts->userVersion;
    if (version > currentSchemaVersion())
        return makeError(ErrorKind::NewerVersion,
                         tr("“%1” was written by a newer version of Advocate Desk (schema %2; this version "
                            "understands up to %3). Update Advocate Desk to open it; the file was not changed.")
                             .arg(absolute)
                             .arg(version)
                             .arg(currentSchemaVersion()));
    if (version == 0 && facts->tables > 0)
        return makeError(ErrorKind::NotADatabase,
                         tr("“%1” is an SQLite database of another program, not an Advocate Desk database.")
                             .arg(absolute));

    if (readOnly) {
        if (version != currentSchemaVersion())
            return makeError(ErrorKind::Storage,
                             tr("“%1” is read-only and was written by an older version of Advocate Desk: make "
                                "it writable so that it can be upgraded; the file was not changed.")
                                 .arg(absolute));
        if (Status status = execSql(*db, QStringLiteral("PRAGMA foreign_keys = ON")); !status)
            return status.error();
        return db;
    }

    // A 32 MiB page cache: UUID keys scatter index writes, and the default 2 MiB
    // cache makes large imports thrash.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -32768",
                               "PRAGMA temp_store = MEMORY"}) {
        if (Status status = execSql(*db, QString::fromLatin1(pragma)); !status)
            return status.error();
    }
    SqlQuery wal(*db, QStringLiteral("PRAGMA journal_mode = WAL"));
    const Result<QVariant> mode = scalar(wal);
    if (!mode)
        return mode.error();
    if (version == 0 && facts->tables == 0 && whenEmpty == WhenEmpty::StaysEmpty) {
        DatabaseFile::restrictToOwner(absolute);
        return db;
    }

    // Every upgrade starts from a copy of the file as it was.
    if (version >= 1 && version < currentSchemaVersion()) {
        Result<QString> saved = backup::writeRotating(*db, QStringLiteral("before-v%1").arg(currentSchemaVersion()),
                                                      backup::keepCount(), QDateTime::currentDateTimeUtc());
        if (!saved)
            return makeError(saved.error().kind,
                             tr("“%1” needs an upgrade, but backing it up first failed (%2); the file was not "
                                "changed.")
                                 .arg(absolute, saved.error().message));
    }
    if (Status migrated = migrate(*db); !migrated)
        return migrated.error();
    DatabaseFile::restrictToOwner(absolute);
    return db;
}

namespace {

// Why a server refused or could not be reached, from libpq's message (no
// SQLSTATE exists before a connection does). The server's own words follow ours.
Error serverConnectError(const PostgresAddress &address, const QSqlError &error)
{
    const QString detail = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    const QString where = address.display();
    auto has = [&](const char *text) { return detail.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed")
        || (has("role") && has("does not exist")))
        return makeError(ErrorKind::Refused,
                         Database::tr("The server at “%1” did not let this user in: the user name or the password "
                                      "is wrong. The password comes from PGPASSWORD, ~/.pgpass or PGSERVICE; "
                                      "nothing was changed. (%2)")
                             .arg(where, detail));
    if (has("database") && has("does not exist"))
        return makeError(ErrorKind::NotFound,
                         Database::tr("The server at “%1” has no such database; create it first (createdb), then "
                                      "connect again. (%2)")
                             .arg(where, detail));
    if (has("permission denied"))
        return makeError(ErrorKind::Refused,
                         Database::tr("The server at “%1” does not let this user connect to that database. (%2)")
                             .arg(where, detail));
    return makeError(ErrorKind::Storage,
                     Database::tr("The server at “%1” cannot be reached: check the address and that the server "
                                  "is running; nothing was changed. (%2)")
                         .arg(where, detail));
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString &text, Access access, WhenEmpty whenEmpty)
{
    Result<PostgresAddress> parsed = PostgresUrl::parse(text);
    if (!parsed)
        return parsed.error();
    const PostgresAddress &address = *parsed;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorKind::Storage,
                         tr("Qt's PostgreSQL driver is not installed, so “%1” cannot be opened (on Debian: "
                            "apt install libqt6sql6-psql).")
                             .arg(address.display()));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(address.display(), name, Backend::Postgres));
    db->m_readOnly = access == Access::ReadOnly;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        connection.setDatabaseName(address.database);
        if (!address.host.isEmpty())
            connection.setHostName(address.host);
        if (address.port > 0)
            connection.setPort(address.port);
        if (!address.user.isEmpty())
            connection.setUserName(address.user);
        // No password here, ever: libpq reads PGPASSWORD, ~/.pgpass and PGSERVICE itself.
        QStringList options = {QStringLiteral("connect_timeout=%1").arg(kBusyTimeoutSeconds * 2),
                               QStringLiteral("application_name=advocatedesk")};
        if (!address.sslMode.isEmpty())
            options << QStringLiteral("sslmode=%1").arg(address.sslMode);
        connection.setConnectOptions(options.join(QLatin1Char(';')));
        if (!connection.open())
            return serverConnectError(address, connection.lastError());
    }

    // The session: UTC (date arithmetic as julianday() does it), a bounded wait
    // for another writer, no chatter about objects that already exist.
    QStringList session = {QStringLiteral("SET TIME ZONE 'UTC'"),
                           QStringLiteral("SET lock_timeout = '%1s'").arg(kBusyTimeoutSeconds),
                           QStringLiteral("SET client_min_messages = warning")};
    if (db->m_readOnly)
        session << QStringLiteral("SET default_transaction_read_only = on");
    for (const QString &statement : session) {
        if (Status status = execSql(*db, statement); !status)
            return status.error();
    }

    // What the database says about itself, before anything is written.
    SqlQuery tables(*db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"));
    const Result<QVariant> tableCount = scalar(tables);
    if (!tableCount)
        return tableCount.error();
    SqlQuery marked(*db, db->dialect().tableExistsSql());
    marked.bind(QStringLiteral("advocatedesk_schema"));
    const Result<QVariant> isOurs = scalar(marked);
    if (!isOurs)
        return isOurs.error();
    const QString where = address.display();
    int version = 0;
    if (isOurs->toInt() == 0) {
        if (tableCount->toInt() > 0)
            return makeError(ErrorKind::NotADatabase,
                             tr("The database “%1” holds tables of another program: it is not an Advocate Desk "
                                "programme. Nothing was changed; use an empty database.")
                                 .arg(where));
    } else {
        SqlQuery facts(*db, QStringLiteral("SELECT application_id, version FROM advocatedesk_schema"));
        if (Status status = facts.exec(); !status)
            return status.error();
        if (!facts.next() || quint32(facts.value(0).toLongLong()) != kAdvocateDeskApplicationId)
            return makeError(ErrorKind::NotADatabase,
                             tr("The database “%1” is not an Advocate Desk programme. Nothing was changed.").arg(where));
        version = facts.value(1).toInt();
        facts.raw().finish();
    }
    if (version > currentSchemaVersion())
        return makeError(ErrorKind::NewerVersion,
                         tr("The database “%1” was written by a newer version of Advocate Desk (schema %2; this "
                            "version understands up to %3). Update Advocate Desk to open it; nothing was changed.")
                             .arg(where)
                             .arg(version)
                             .arg(currentSchemaVersion()));
    if (version == 0 && whenEmpty == WhenEmpty::StaysEmpty)
        return db;
    if (db->m_readOnly) {
        if (version != currentSchemaVersion())
            return makeError(ErrorKind::Storage,
                             tr("The database “%1” was opened read-only and needs an upgrade or its schema first; "
                                "nothing was changed.")
                                 .arg(where));
        return db;
    }
    if (Status migrated = migrate(*db); !migrated)
        return migrated.error();
    return db;
}

Result<QStringList> Database::integrityProblems() const
{
    QStringList problems;
    if (backend() == Backend::Postgres) {
        const int version = schemaVersion();
        if (version != currentSchemaVersion())
            problems << tr("Schema version is %1; expected %2.").arg(version).arg(currentSchemaVersion());
        return problems;
    }
    SqlQuery integrity(*this, QStringLiteral("PRAGMA integrity_check"));
    if (Status status = integrity.exec(); !status)
        return status.error();
    while (integrity.next()) {
        // A row may hold many problems, one per line, under a heading.
        for (const QString &line : integrity.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                problems << line;
        }
    }
    SqlQuery foreignKeys(*this, QStringLiteral("PRAGMA foreign_key_check"));
    if (Status status = foreignKeys.exec(); !status)
        return status.error();
    while (foreignKeys.next())
        problems << tr("Row %1 of table %2 refers to a missing row in %3.")
                        .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                             foreignKeys.value(2).toString());
    const int version = schemaVersion();
    if (version != currentSchemaVersion())
        problems << tr("Schema version is %1; expected %2.").arg(version).arg(currentSchemaVersion());
    return problems;
}

} // namespace ad
