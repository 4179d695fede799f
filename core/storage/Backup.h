#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ad {

class Database;

// Backups of an Advocate Desk file. A backup is a complete, compacted SQLite copy
// taken with VACUUM INTO from the open connection (so it includes what is still in
// the WAL), readable by its owner only.
//
// Rotating backups live next to the database, in the folder "<file>.backups"
// (for advocatedesk.sqlite: advocatedesk.sqlite.backups/), named
// "<file stem>-YYYYMMDD-HHMMSS-<reason>.sqlite". Only the newest keepCount() of
// them are kept. One is taken automatically before every schema upgrade.
namespace backup {

// The QSettings key holding how many rotating backups to keep (default 5).
inline constexpr const char *kKeepSettingsKey = "backups/keep";
inline constexpr int kDefaultKeep = 5;

// How many rotating backups to keep, from QSettings (at least 1).
int keepCount();

// The rotating-backup folder of a database file.
QString folderFor(const QString &databasePath);

// Writes a whole copy of `db` to `outPath` (replaced if it exists; written to a
// temporary name first, so a crash never leaves half a backup there). Of a
// programme on a server, the copy is a local SQLite snapshot (ProgrammeCopy).
Status writeTo(const Database &db, const QString &outPath);

// Writes a rotating backup into folderFor(db.path()) and removes the oldest
// beyond `keep`. Refused for a programme on a server (no folder beside it). `reason` ends the file name ("manual", "before-v4", ...).
// Returns the path of the new backup.
Result<QString> writeRotating(const Database &db, const QString &reason, int keep, const QDateTime &at);

// The rotating backups of a database file, newest first.
QStringList listRotating(const QString &databasePath);

// Every copy in the backups folder of a database file: the rotating backups
// and the safety copies restores left.
QStringList listAll(const QString &databasePath);

// Replaces the backup at `backupPath` (in the backups folder) with a whole copy
// of `db`, in one step: used to rewrite a backup without an erased person.
Status replaceBackup(const Database &db, const QString &backupPath);

// Is `path` a whole, undamaged Advocate Desk database this version can open?
// Checks the header, PRAGMA integrity_check and the schema version; touches nothing.
Status validate(const QString &path);

// Every problem PRAGMA integrity_check finds in the file at `path` (validate()
// names the first few), or why it cannot be read; empty when it is whole.
QStringList damageIn(const QString &path);

// Replaces the database at `databasePath` with the backup at `backupPath`. The
// backup is validated first; the current file (if any) is kept as a safety copy
// in the backup folder, whose path is returned. The database must not be open in
// this process; another program that has it open keeps its old copy.
Result<QString> restore(const QString &backupPath, const QString &databasePath, const QDateTime &at);

} // namespace backup

} // namespace ad
