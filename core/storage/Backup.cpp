#include "Backup.h"

#include "ApplicationId.h"
#include "Database.h"
#include "DatabaseFile.h"
#include "ProgrammeCopy.h"
#include "RawConnection.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <optional>

#include <sqlite3.h>
#include <unistd.h>

namespace ad::backup {

namespace {

// The context of this file's messages (free functions have no tr() of their own).
struct Backup
{
    Q_DECLARE_TR_FUNCTIONS(ad::Backup)
};

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// VACUUM INTO a temporary name next to `outPath`; returns that name.
Result<QString> vacuumIntoPartial(const QSqlDatabase &connection, const QString &outPath)
{
    const QString partial = DatabaseFile::partialNameFor(outPath);
    QSqlQuery query(connection);
    // VACUUM INTO takes the target as a bound value: no file name is ever SQL text.
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return storageError(query.lastError(), Backup::tr("Backing up to “%1” failed").arg(outPath));
    query.addBindValue(partial);
    if (!query.exec()) {
        const Error error = storageError(query.lastError(), Backup::tr("Backing up to “%1” failed").arg(outPath));
        QFile::remove(partial);
        return error;
    }
    QFile::setPermissions(partial, kOwnerOnly);
    return partial;
}

// A whole copy at `outPath`, replacing what is there in one step (rename(2)):
// readers see the old backup or the new one.
Status vacuumInto(const QSqlDatabase &connection, const QString &outPath)
{
    Result<QString> partial = vacuumIntoPartial(connection, outPath);
    if (!partial)
        return partial.error();
    if (std::rename(QFile::encodeName(*partial).constData(), QFile::encodeName(outPath).constData()) != 0) {
        QFile::remove(*partial);
        return makeError(ErrorKind::Storage, Backup::tr("Cannot write the backup “%1”.").arg(outPath));
    }
    return {};
}

// A damaged file can list thousands of problems: the first few say enough.
QString summarise(const QStringList &problems)
{
    constexpr qsizetype kShown = 3;
    const QString shown = problems.mid(0, kShown).join(QStringLiteral("; "));
    if (problems.size() <= kShown)
        return shown;
    return Backup::tr("%1; and %n more problems", nullptr, int(problems.size() - kShown)).arg(shown);
}

QString stemOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

Status ensureFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorKind::Storage, Backup::tr("Cannot create the backup folder “%1”.").arg(folder));
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

// A whole copy under a new name in `folder` (stem-time-reason[-n].sqlite),
// never replacing another copy: two programs backing up in the same second
// each keep theirs (link(2) refuses a name that was taken meanwhile).
Result<QString> vacuumIntoNewName(const QSqlDatabase &connection, const QString &folder, const QString &stem,
                                  const QDateTime &at, const QString &reason)
{
    Result<QString> partial = vacuumIntoPartial(connection, QDir(folder).filePath(stem));
    if (!partial)
        return partial.error();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = freshName(folder, stem, at, reason);
        if (::link(QFile::encodeName(*partial).constData(), QFile::encodeName(name).constData()) == 0) {
            QFile::remove(*partial);
            return name;
        }
        if (errno != EEXIST)
            break;
    }
    QFile::remove(*partial);
    return makeError(ErrorKind::Storage, Backup::tr("Cannot write a backup into “%1”.").arg(folder));
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
    return DatabaseFile::backupsFolderOf(databasePath);
}

Status writeTo(const Database &db, const QString &outPath)
{
    if (outPath.isEmpty())
        return makeError(ErrorKind::Invalid, Backup::tr("No backup file was given."));
    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return makeError(ErrorKind::Invalid,
                         Backup::tr("“%1” is a folder; give a file name for the backup.").arg(absolute));
    if (const QString clash = DatabaseFile::clashWithOpenDatabase(absolute); !clash.isEmpty())
        return makeError(ErrorKind::Invalid,
                         Backup::tr("A backup cannot replace the database or its files: %1").arg(clash));
    if (QFileInfo::exists(absolute) && !DatabaseFile::isRegularFile(absolute))
        return makeError(
            ErrorKind::Invalid,
            Backup::tr("“%1” is not a regular file (a device or a pipe); give a file name for the backup.")
                .arg(absolute));
    // A server programme has no file to vacuum: its copy is a SQLite snapshot.
    if (db.backend() == Backend::Postgres)
        return ProgrammeCopy::writeSnapshot(db, absolute);
    return vacuumInto(db.connection(), absolute);
}

Result<QString> writeRotating(const Database &db, const QString &reason, int keep, const QDateTime &at)
{
    if (db.backend() == Backend::Postgres)
        return makeError(ErrorKind::Invalid,
                         Backup::tr("“%1” is on a server, which has no backups folder: write a local snapshot with "
                                    "a file name instead (backup --out FILE.sqlite), or back the server up with "
                                    "pg_dump.")
                             .arg(db.path()));
    const QString folder = folderFor(db.path());
    if (Status made = ensureFolder(folder); !made)
        return made.error();
    Result<QString> path = vacuumIntoNewName(db.connection(), folder, stemOf(db.path()), at, reason);
    if (!path)
        return path.error();
    prune(db.path(), std::max(1, keep));
    return path;
}

QStringList listRotating(const QString &databasePath)
{
    const QDir folder(folderFor(databasePath));
    // stem-YYYYMMDD-HHMMSS-reason.sqlite (built up: "??-" in a literal is a trigraph)
    const QString pattern = stemOf(databasePath) + QLatin1Char('-') + QString(8, QLatin1Char('?')) +
                            QLatin1Char('-') + QString(6, QLatin1Char('?')) + QStringLiteral("-*.sqlite");
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

QStringList damageIn(const QString &path)
{
    RawConnection connection(path, RawConnection::Access::ReadOnly);
    if (!connection.isOpen())
        return {connection.error()};
    QSqlQuery integrity(connection.db());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        return {integrity.lastError().text()};
    QStringList problems;
    while (integrity.next()) {
        // A row may hold many problems, one per line, under a heading.
        for (const QString &line : integrity.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                problems << line;
        }
    }
    return problems;
}

QStringList listAll(const QString &databasePath)
{
    const QDir folder(folderFor(databasePath));
    QStringList paths;
    for (const QString &name : folder.entryList({stemOf(databasePath) + QStringLiteral("-*.sqlite")}, QDir::Files,
                                                QDir::Name | QDir::Reversed))
        paths << folder.filePath(name);
    return paths;
}

Status replaceBackup(const Database &db, const QString &backupPath)
{
    return vacuumInto(db.connection(), QFileInfo(backupPath).absoluteFilePath());
}

Status validate(const QString &path)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorKind::NotFound, Backup::tr("There is no backup at “%1”.").arg(path));
    if (!DatabaseFile::isRegularFile(path))
        return makeError(ErrorKind::NotADatabase,
                         Backup::tr("“%1” is not an Advocate Desk backup.").arg(path));
    // Read through SQLite, read-only: the file may be one this process has open
    // (DatabaseFile.h), and a refused file must not change.
    RawConnection connection(path, RawConnection::Access::ReadOnly);
    if (!connection.isOpen())
        return makeError(ErrorKind::Corrupt,
                         Backup::tr("“%1” cannot be opened: %2").arg(path, connection.error()));
    // Plain PRAGMAs read the header alone: a damaged schema does not hide them.
    const auto header = [&connection](const QString &pragma) -> std::optional<qint64> {
        QSqlQuery query(connection.db());
        if (!query.exec(pragma) || !query.next())
            return std::nullopt;
        return query.value(0).toLongLong();
    };
    const std::optional<qint64> applicationIdValue = header(QStringLiteral("PRAGMA application_id"));
    const std::optional<qint64> versionValue = header(QStringLiteral("PRAGMA user_version"));
    if (!applicationIdValue || !versionValue)
        return makeError(ErrorKind::NotADatabase,
                         Backup::tr("“%1” is not an Advocate Desk backup.").arg(path));
    const quint32 applicationId = quint32(*applicationIdValue);
    const int version = int(*versionValue);
    if (applicationId != kAdvocateDeskApplicationId || version < 1)
        return makeError(ErrorKind::NotADatabase,
                         Backup::tr("“%1” is not an Advocate Desk backup.").arg(path));
    if (version > Database::currentSchemaVersion())
        return makeError(
            ErrorKind::NewerVersion,
            Backup::tr("“%1” was written by a newer version of Advocate Desk (schema %2; this version "
                       "understands up to %3).")
                .arg(path)
                .arg(version)
                .arg(Database::currentSchemaVersion()));

    const QStringList problems = damageIn(path);
    if (!problems.isEmpty())
        return makeError(ErrorKind::Corrupt,
                         Backup::tr("The backup “%1” is damaged: %2").arg(path, summarise(problems)));
    return {};
}

namespace {

// A target SQLite cannot read (damaged, or not a database) is used by nobody:
// keep its bytes as a safety copy and put a copy of the backup in its place.
Result<QString> replaceUnreadable(const QString &backupFile, const QString &target, const QString &safetyCopy,
                                  const QString &why)
{
    if (Status kept = DatabaseFile::copyBytes(target, safetyCopy); !kept)
        return makeError(
            ErrorKind::Storage,
            Backup::tr("Cannot keep a safety copy of “%1” (%2); nothing was restored.").arg(target, why));
    if (QFileInfo::exists(target + QStringLiteral("-wal")))
        (void)DatabaseFile::copyBytes(target + QStringLiteral("-wal"), safetyCopy + QStringLiteral("-wal"));
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (Status copied = DatabaseFile::copyBytes(backupFile, incoming); !copied) {
        QFile::remove(incoming);
        return makeError(
            ErrorKind::Storage,
            Backup::tr("Cannot copy the backup next to “%1”; nothing was restored.").arg(target));
    }
    // The old file's log belongs to the old file: it must not be replayed into the restored one.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(incoming);
        return makeError(ErrorKind::Storage, Backup::tr("Cannot replace “%1” with the backup.").arg(target));
    }
    return safetyCopy;
}

Error busyRestoring(const QString &target)
{
    return makeError(
        ErrorKind::Busy,
        Backup::tr("Another program is writing to “%1” and held on for %n s; nothing was restored. Try "
                   "again when it has finished.",
                   nullptr, Database::kBusyTimeoutSeconds)
            .arg(target));
}

} // namespace

Result<QString> restore(const QString &backupPath, const QString &databasePath, const QDateTime &at)
{
    const QString backupFile = QFileInfo(backupPath).absoluteFilePath();
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const std::optional<DatabaseFile::Identity> backupIdentity = DatabaseFile::identityOf(backupFile);
    if (backupFile == target || (backupIdentity && backupIdentity == DatabaseFile::identityOf(target)))
        return makeError(ErrorKind::Invalid, Backup::tr("The backup and the database are the same file."));
    if (Status valid = validate(backupFile); !valid)
        return valid.error();

    if (!QFileInfo::exists(target)) {
        if (Status created = DatabaseFile::createEmpty(target); !created)
            return created.error();
    }
    // An empty file holds nothing to keep.
    const bool keepsSafetyCopy = QFileInfo(target).size() > 0;
    const QString folder = folderFor(target);
    const QString safetyReason = QStringLiteral("before-restore");
    if (keepsSafetyCopy) {
        if (Status made = ensureFolder(folder); !made)
            return made.error();
    }

    std::optional<RawConnection> current(std::in_place, target, RawConnection::Access::ReadWrite);
    QString unreadable = current->isOpen() ? QString() : current->error();
    if (unreadable.isEmpty()) {
        // Every Advocate Desk file is in WAL mode: then the safety copy below can
        // read while the restore holds the write lock.
        QSqlQuery wal(current->db());
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next())
            unreadable = wal.lastError().text();
    }
    if (!unreadable.isEmpty()) {
        current.reset(); // nothing of ours has it open any more
        if (!keepsSafetyCopy)
            return makeError(ErrorKind::Storage, Backup::tr("Cannot open “%1”: %2").arg(target, unreadable));
        return replaceUnreadable(backupFile, target, freshName(folder, stemOf(target), at, safetyReason),
                                 unreadable);
    }

    // The content is replaced through SQLite (the online backup API), inside
    // one write transaction on the open file: another program that has it open
    // sees the old programme or the restored one, never a file swapped under it.
    RawConnection source(backupFile, RawConnection::Access::ReadOnly);
    if (!source.isOpen() || !source.handle() || !current->handle())
        return makeError(ErrorKind::Storage,
                         Backup::tr("Cannot read the backup “%1”; nothing was restored.").arg(backupFile));
    sqlite3_backup *copy = sqlite3_backup_init(current->handle(), "main", source.handle(), "main");
    if (!copy)
        return makeError(ErrorKind::Storage,
                         Backup::tr("Cannot restore into “%1”: %2; nothing was restored.")
                             .arg(target, QString::fromUtf8(sqlite3_errmsg(current->handle()))));
    // No pages yet: this step only takes the write lock (waiting as long as any
    // write does) and keeps it until the copy is finished.
    const int locked = sqlite3_backup_step(copy, 0);
    if (locked != SQLITE_OK && locked != SQLITE_DONE) {
        sqlite3_backup_finish(copy);
        if (locked == SQLITE_BUSY || locked == SQLITE_LOCKED)
            return busyRestoring(target);
        return makeError(ErrorKind::Storage, Backup::tr("Cannot restore into “%1”: %2; nothing was restored.")
                                                 .arg(target, QString::fromUtf8(sqlite3_errstr(locked))));
    }
    // Under that lock no other program can commit, so the safety copy holds
    // everything committed before the restore.
    Result<QString> kept = QString();
    if (keepsSafetyCopy) {
        RawConnection reader(target, RawConnection::Access::ReadOnly);
        kept = reader.isOpen() ? vacuumIntoNewName(reader.db(), folder, stemOf(target), at, safetyReason)
                               : Result<QString>(makeError(ErrorKind::Storage, reader.error()));
    }
    if (!kept) {
        sqlite3_backup_finish(copy); // rolls back: nothing was changed
        return makeError(ErrorKind::Storage,
                         Backup::tr("Cannot keep a safety copy of “%1” (%2); nothing was restored.")
                             .arg(target, kept.error().message));
    }
    const QString safetyCopy = *kept;
    const int copied = sqlite3_backup_step(copy, -1);
    const int finished = sqlite3_backup_finish(copy);
    if (copied != SQLITE_DONE || finished != SQLITE_OK) {
        const int code = copied != SQLITE_DONE ? copied : finished;
        if (!safetyCopy.isEmpty())
            QFile::remove(safetyCopy);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return busyRestoring(target);
        return makeError(ErrorKind::Storage, Backup::tr("Cannot restore into “%1”: %2; nothing was restored.")
                                                 .arg(target, QString::fromUtf8(sqlite3_errstr(code))));
    }
    return safetyCopy;
}

} // namespace ad::backup
