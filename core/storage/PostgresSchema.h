#pragma once

#include <QStringList>

namespace ad::schema::postgres {

// The whole programme schema as SQLite has it at version 8, for PostgreSQL: the
// first step of the server's migrations (docs/storage-seam.md §2.4). The same
// tables, columns (in the same order), CHECKs, keys and indexes, with three
// differences: integers are bigint, COLLATE NOCASE indexes are on lower(), and
// every table but advocates has a `rowid` identity column (last), so that
// "ORDER BY date, rowid" means insertion order on both backends. The search
// index is PostgreSQL's own (PostgresSearchSchema.h).
QStringList baseline();

} // namespace ad::schema::postgres
