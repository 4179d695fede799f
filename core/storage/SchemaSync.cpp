#include "SchemaSync.h"

namespace ad::schema {

QStringList version3()
{
    // IF NOT EXISTS: safe to run again on a file that already has them.
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_exports ("
                       " id TEXT PRIMARY KEY,"
                       " exported_at TEXT NOT NULL,"
                       " since TEXT,"
                       " row_count INTEGER NOT NULL DEFAULT 0 CHECK (row_count >= 0),"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sync_exports_at ON sync_exports(exported_at)"),
        // id is the bundle's own id, so merging the same bundle twice is recognised.
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_imports ("
                       " id TEXT PRIMARY KEY,"
                       " exported_by TEXT NOT NULL DEFAULT '',"
                       " exported_at TEXT NOT NULL,"
                       " imported_at TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        // A colleague's UUID for a row this file holds under its own UUID (the same
        // advocate created on both sides): later bundles refer to it by theirs.
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_aliases ("
                       " id TEXT PRIMARY KEY,"
                       " table_name TEXT NOT NULL,"
                       " local_id TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
    };
}

} // namespace ad::schema
