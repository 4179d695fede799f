#include "SchemaLargeProgrammes.h"

namespace ad::schema {

QStringList version6()
{
    // IF NOT EXISTS: safe to run again on a file that already has them.
    return {
        // A journey column's next page, in board order, without sorting the stage.
        QStringLiteral("CREATE INDEX IF NOT EXISTS advocates_stage_name"
                       " ON advocates(journey_stage, name COLLATE NOCASE)"),
    };
}

} // namespace ad::schema
