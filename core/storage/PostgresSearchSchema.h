#pragma once

#include <QStringList>

namespace ad::schema::postgres {

// The search index of the PostgreSQL baseline (schema 8; docs/storage-seam.md
// §3.3): what FTS5's advocate_search and its triggers are on SQLite. Needs the
// trusted extensions unaccent and pg_trgm, which a database owner may create.
QStringList searchIndex();

} // namespace ad::schema::postgres
