#include "Database.h"

#include "FileHeader.h"
#include "Migrations.h"
#include "SqlQuery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace ad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ad::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("advocatedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The database and its WAL and shared-memory files hold personal data: owner only.
void restrictToOwner(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.exists() && file.permissions() != kOwnerOnly)
            file.setPermissions(kOwnerOnly);
    }
}

Status createEmptyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorKind::Storage, tr("Cannot create the folder “%1”.").arg(info.absolutePath()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorKind::Storage, tr("Cannot create “%1”: %2").arg(path, file.errorString()));
    file.setPermissions(kOwnerOnly);
    return {};
}

// Reads-only checks: what the file says about itself, before SQLite touches it.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Storage, tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(FileHeader::kSize);
    if (bytes.isEmpty())
        return {}; // an empty file is a new database
    const FileHeader header(bytes);
    if (!header.isSqlite())
        return makeError(ErrorKind::NotADatabase,
                         tr("“%1” is not an Advocate Desk database: it is not an SQLite file.").arg(path));
    if (header.applicationId() != 0 && header.applicationId() != FileHeader::kAdvocateDeskId)
        return makeError(ErrorKind::NotADatabase,
                         tr("“%1” is an SQLite database of another program, not an Advocate Desk database.").arg(path));
    if (header.userVersion() > Database::currentSchemaVersion())
        return makeError(ErrorKind::NewerVersion,
                         tr("“%1” was written by a newer version of Advocate Desk (schema %2; this version "
                            "understands up to %3). Update Advocate Desk to open it; the file was not changed.")
                             .arg(path)
                             .arg(header.userVersion())
                             .arg(Database::currentSchemaVersion()));
    return {};
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

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (path.isEmpty())
        return makeError(ErrorKind::Invalid, tr("No database file was given."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return makeError(ErrorKind::NotADatabase, tr("“%1” is a folder, not a database file.").arg(absolute));

    if (!QFileInfo::exists(absolute)) {
        if (Status created = createEmptyFile(absolute); !created)
            return created.error();
    } else if (Status header = checkHeader(absolute); !header) {
        return header.error();
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(absolute, name));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(absolute);
        // Wait up to 5 s for another process's write lock before reporting "busy".
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!connection.open())
            return makeError(ErrorKind::Storage,
                             tr("Cannot open “%1”: %2").arg(absolute, connection.lastError().text()));
    }

    // Read before writing anything: damage and foreign schemas show up here.
    SqlQuery tables(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%'"));
    const Result<QVariant> tableCount = scalar(tables);
    if (!tableCount) {
        const Error &error = tableCount.error();
        if (error.kind == ErrorKind::Corrupt || error.kind == ErrorKind::Storage)
            return makeError(ErrorKind::Corrupt,
                             tr("“%1” cannot be opened: it is damaged or not an Advocate Desk database (%2).")
                                 .arg(absolute, error.message));
        return error;
    }
    const int version = db->schemaVersion();
    if (version > currentSchemaVersion())
        return makeError(ErrorKind::NewerVersion,
                         tr("“%1” was written by a newer version of Advocate Desk (schema %2; this version "
                            "understands up to %3). Update Advocate Desk to open it; the file was not changed.")
                             .arg(absolute)
                             .arg(version)
                             .arg(currentSchemaVersion()));
    if (version == 0 && tableCount->toInt() > 0)
        return makeError(ErrorKind::NotADatabase,
                         tr("“%1” is an SQLite database of another program, not an Advocate Desk database.")
                             .arg(absolute));

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

    if (Status migrated = migrate(*db); !migrated)
        return migrated.error();
    restrictToOwner(absolute);
    return db;
}

Result<QStringList> Database::integrityProblems() const
{
    QStringList problems;
    SqlQuery integrity(*this, QStringLiteral("PRAGMA integrity_check"));
    if (Status status = integrity.exec(); !status)
        return status.error();
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
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
