#pragma once

#include "util/Result.h"

namespace ad {

class Database;

// Inserts DESIGN.md's default activity catalogue. Ids are name-based UUIDs (v5),
// so every file, and every colleague's file, gives an activity the same id.
Status seedDefaultActivityTypes(Database &db);

} // namespace ad
