#include "Backup.h"

#include "Database.h"
#include "FileHeader.h"
#include "SqlQuery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace ad::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ad::Backup", text);
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A plain connection to a file that is not (or not yet) an open Database: a backup
// to check, or the file a restore is about to replace.
class RawConnection
{
public:
    RawConnection(const QString &path, bool readOnly)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("advocatedesk-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

Status vacuumInto(const QSqlDatabase &connection, const QString &outPath)
{
    const QString partial = outPath + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        QSqlQuery query(connection);
        // VACUUM INTO takes the target as a bound value: no file name is ever SQL text.
        if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
            return storageError(query.lastError(), tr("Backing up failed"));
        }
        query.addBindValue(partial);
        if (!query.exec()) {
            const Error error = storageError(query.lastError(), tr("Backing up failed"));
            QFile::remove(partial);
            return error;
        }
    }
    QFile::setPermissions(partial, kOwnerOnly);
    // rename(2) replaces the target in one step: readers see the old backup or the new one.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(outPath).constData()) != 0) {
        QFile::remove(partial);
        return makeError(ErrorKind::Storage, tr("Cannot write the backup “%1”.").arg(outPath));
    }
    return {};
}

QString stemOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

Status ensureFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorKind::Storage, tr("Cannot create the backup folder “%1”.").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

// A name in `folder` that does not exist yet.
QString freshName(const QString &folder, const QString &stem, const QDateTime &at, const QString &reason)
{
    const QString base = stem + QLatin1Char('-') + at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = QStringLiteral("%1-%2.sqlite").arg(base, reason);
    for (int n = 2; QFileInfo::exists(QDir(folder).filePath(name)); ++n)
        name = QStringLiteral("%1-%2-%3.sqlite").arg(base, reason).arg(n);
    return QDir(folder).filePath(name);
}

void prune(const QString &databasePath, int keep)
{
    const QStringList backups = listRotating(databasePath);
    for (qsizetype i = keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i));
}

} // namespace

int keepCount()
{
    bool ok = false;
    const int keep = QSettings().value(QString::fromLatin1(kKeepSettingsKey), kDefaultKeep).toInt(&ok);
    return ok && keep >= 1 ? keep : kDefaultKeep;
}

QString folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups");
}

Status writeTo(const Database &db, const QString &outPath)
{
    if (outPath.isEmpty())
        return makeError(ErrorKind::Invalid, tr("No backup file was given."));
    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    if (absolute == QFileInfo(db.path()).absoluteFilePath())
        return makeError(ErrorKind::Invalid, tr("A backup cannot replace the database it copies."));
    if (QFileInfo(absolute).isDir())
        return makeError(ErrorKind::Invalid, tr("“%1” is a folder; give a file name for the backup.").arg(absolute));
    return vacuumInto(db.connection(), absolute);
}

Result<QString> writeRotating(const Database &db, const QString &reason, int keep, const QDateTime &at)
{
    const QString folder = folderFor(db.path());
    if (Status made = ensureFolder(folder); !made)
        return made.error();
    const QString path = freshName(folder, stemOf(db.path()), at, reason);
    if (Status written = writeTo(db, path); !written)
        return written.error();
    prune(db.path(), std::max(1, keep));
    return path;
}

QStringList listRotating(const QString &databasePath)
{
    const QDir folder(folderFor(databasePath));
    // stem-YYYYMMDD-HHMMSS-reason.sqlite (built up: "??-" in a literal is a trigraph)
    const QString pattern = stemOf(databasePath) + QLatin1Char('-') + QString(8, QLatin1Char('?')) + QLatin1Char('-')
                            + QString(6, QLatin1Char('?')) + QStringLiteral("-*.sqlite");
    QStringList paths;
    // Names start with the UTC time, so name order is age order; the safety
    // copies a restore leaves are not rotated away.
    const QStringList names = folder.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        if (!name.endsWith(QStringLiteral("-before-restore.sqlite")))
            paths << folder.filePath(name);
    }
    return paths;
}

Status validate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, tr("Cannot read the backup “%1”: %2").arg(path, file.errorString()));
    const FileHeader header(file.read(FileHeader::kSize));
    file.close();
    if (!header.isSqlite() || header.applicationId() != FileHeader::kAdvocateDeskId)
        return makeError(ErrorKind::NotADatabase, tr("“%1” is not an Advocate Desk backup.").arg(path));
    if (header.userVersion() > Database::currentSchemaVersion())
        return makeError(ErrorKind::NewerVersion,
                         tr("“%1” was written by a newer version of Advocate Desk (schema %2; this version "
                            "understands up to %3).")
                             .arg(path)
                             .arg(header.userVersion())
                             .arg(Database::currentSchemaVersion()));
    if (header.userVersion() < 1)
        return makeError(ErrorKind::NotADatabase, tr("“%1” is not an Advocate Desk backup.").arg(path));

    RawConnection connection(path, true);
    if (!connection.isOpen())
        return makeError(ErrorKind::Corrupt, tr("“%1” cannot be opened: %2").arg(path, connection.error()));
    QSqlQuery integrity(connection.db());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        return makeError(ErrorKind::Corrupt,
                         tr("The backup “%1” is damaged: %2").arg(path, integrity.lastError().text()));
    QStringList problems;
    while (integrity.next()) {
        if (integrity.value(0).toString() != QLatin1String("ok"))
            problems << integrity.value(0).toString();
    }
    if (!problems.isEmpty())
        return makeError(ErrorKind::Corrupt, tr("The backup “%1” is damaged: %2").arg(path, problems.join(QStringLiteral("; "))));
    return {};
}

Result<QString> restore(const QString &backupPath, const QString &databasePath, const QDateTime &at)
{
    const QString backupFile = QFileInfo(backupPath).absoluteFilePath();
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (backupFile == target)
        return makeError(ErrorKind::Invalid, tr("The backup and the database are the same file."));
    if (Status valid = validate(backupFile); !valid)
        return valid.error();

    QString safetyCopy;
    if (QFileInfo::exists(target) && QFileInfo(target).size() > 0) {
        const QString folder = folderFor(target);
        if (Status made = ensureFolder(folder); !made)
            return made.error();
        safetyCopy = freshName(folder, stemOf(target), at, QStringLiteral("before-restore"));
        RawConnection current(target, false);
        Status copied = current.isOpen() ? vacuumInto(current.db(), safetyCopy)
                                         : makeError(ErrorKind::Corrupt, current.error());
        if (!copied) {
            // A damaged file cannot be vacuumed: keep its bytes as they are.
            if (!QFile::copy(target, safetyCopy))
                return makeError(ErrorKind::Storage,
                                 tr("Cannot keep a safety copy of “%1” (%2); nothing was restored.")
                                     .arg(target, copied.error().message));
            QFile::copy(target + QStringLiteral("-wal"), safetyCopy + QStringLiteral("-wal"));
            QFile::setPermissions(safetyCopy, kOwnerOnly);
        }
    }

    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming)) {
        QFile::remove(incoming);
        return makeError(ErrorKind::Storage, tr("Cannot copy the backup next to “%1”; nothing was restored.").arg(target));
    }
    QFile::setPermissions(incoming, kOwnerOnly);
    // The old file's log belongs to the old file: it must not be replayed into the restored one.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(incoming);
        return makeError(ErrorKind::Storage, tr("Cannot replace “%1” with the backup.").arg(target));
    }
    return safetyCopy;
}

} // namespace ad::backup
