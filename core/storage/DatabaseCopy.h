#pragma once

#include "util/Result.h"

#include <QString>

namespace ad {

class Database;

// Writes a consistent copy of the open database to `target` (SQLite's
// VACUUM INTO: one transaction, so a half-written copy never looks finished),
// readable by its owner only. Refuses an existing target and leaves the open
// database untouched. Used to move the working file somewhere else.
Status copyDatabaseTo(const Database &db, const QString &target);

// Removes a database file that this process has closed, once nobody uses it:
// SQLite itself first takes it out of WAL mode (checkpointing and removing its
// -wal and -shm), which it refuses while a connection of any program has it
// open — then the file stays, and the error says so. Deleting a log another
// program still writes to would lose that program's work.
Status removeUnusedDatabase(const QString &path);

} // namespace ad
