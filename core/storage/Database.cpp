#include "Database.h"

#include "Backup.h"
#include "DatabaseFile.h"
#include "ApplicationId.h"
#include "Migrations.h"
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

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
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
    SqlQuery query(*this, QStringLiteral("PRAGMA user_version"));
    const Result<QVariant> version = scalar(query);
    return version ? version->toInt() : -1;
}

qint64 Database::dataVersion() const
{
    SqlQuery query(*this, QStringLiteral("PRAGMA data_version"));
    const Result<QVariant> version = scalar(query);
    return version ? version->toLongLong() : -1;
}

QString Database::fileReplacedMessage() const
{
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

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    if (path.isEmpty())
        return makeError(ErrorKind::Invalid, tr("No database file was given."));
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

Result<QStringList> Database::integrityProblems() const
{
    QStringList problems;
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
