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

} // namespace ad
