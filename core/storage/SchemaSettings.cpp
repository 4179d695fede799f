#include "SchemaSettings.h"

namespace ad::schema {

QStringList version5()
{
    // One row per tuned number; a rule without a row keeps DESIGN.md's default.
    // IF NOT EXISTS: safe to run again on a file that already has it.
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS programme_settings ("
                       " id TEXT PRIMARY KEY,"
                       " key TEXT NOT NULL UNIQUE,"
                       " value TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
    };
}

} // namespace ad::schema
