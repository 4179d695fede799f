#include "SchemaLargeProgrammes.h"

namespace ad::schema {

QStringList version6()
{
    // IF NOT EXISTS: safe to run again on a file that already has them.
    return {
        // A journey column's next page, in board order, without sorting the stage.
        QStringLiteral("CREATE INDEX IF NOT EXISTS advocates_stage_name"
                       " ON advocates(journey_stage, name COLLATE NOCASE)"),
        // KPI contributions per month and type: counted straight off the index, no row lookups, no sort.
        QStringLiteral("CREATE INDEX IF NOT EXISTS participations_date_type"
                       " ON participations(occurred_on, activity_type_id)"),
        // Follow-up debt, unused contributions: only unpublished artifacts are indexed (few rows).
        QStringLiteral("CREATE INDEX IF NOT EXISTS participations_unpublished ON participations(occurred_on)"
                       " WHERE artifact_link != '' AND published_on IS NULL"),
        // The enrolled advocates' ids straight off the index (matching's pool, retention, follow-up debt).
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS nominations_status_advocate ON nominations(status, advocate_id)"),
    };
}

} // namespace ad::schema
