#pragma once

#include "util/Result.h"

namespace ad {

class Database;

// The highest migration number this build knows.
int latestSchemaVersion();

// Brings the file from its PRAGMA user_version to latestSchemaVersion(), one
// numbered step after another, all inside one write transaction.
Status migrate(Database &db);

} // namespace ad
