#include "Database.h"

#include "Backup.h"
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

#include <sys/stat.h>

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

// Which file is this, independent of its name: a file replaced under the same
// name (a restore by another program, a sync tool) has another inode.
bool fileIdentity(const QString &path, quint64 &device, quint64 &inode)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    device = quint64(info.st_dev);
    inode = quint64(info.st_ino);
    return true;
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
    quint64 device = 0;
    quint64 inode = 0;
    if (!fileIdentity(m_path, device, inode))
        return tr("The database file “%1” was removed by another program. What is on screen is still "
                  "open: use File → Back Up Database… to save it to a file, then open that file.")
            .arg(m_path);
    if (device != m_device || inode != m_inode)
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

    const bool readOnly = access == Access::ReadOnly
                          || (QFileInfo::exists(absolute) && !QFileInfo(absolute).isWritable());
    if (!QFileInfo::exists(absolute)) {
        if (access == Access::ReadOnly)
            return makeError(ErrorKind::NotFound, tr("There is no database at “%1”.").arg(absolute));
        if (Status created = createEmptyFile(absolute); !created)
            return created.error();
    } else if (Status header = checkHeader(absolute); !header) {
        return header.error();
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(absolute, name));
    db->m_readOnly = readOnly;
    fileIdentity(absolute, db->m_device, db->m_inode);
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
