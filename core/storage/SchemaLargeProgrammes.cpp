#include "SchemaLargeProgrammes.h"

namespace ad::schema {

QStringList version6()
{
    // IF NOT EXISTS: safe to run again on a file that already has them.
    return {
        // A journey column's next page, in board order, without sorting the stage.
        QStringLiteral("CREATE INDEX IF NOT EXISTS advocates_stage_name"
                       " ON advocates(journey_stage, name COLLATE NOCASE)"),
        // A request board column's next page, and the request list's, newest first.
        QStringLiteral("CREATE INDEX IF NOT EXISTS requests_status_order"
                       " ON requests(status, opened_on DESC, created_at DESC, id)"),
        // The feedback list, newest first: the first page without sorting every item.
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS feedback_received ON feedback_items(received_on DESC, id)"),
        // KPI contributions per month and type: counted straight off the index, no row lookups, no sort.
        QStringLiteral("CREATE INDEX IF NOT EXISTS participations_date_type"
                       " ON participations(occurred_on, activity_type_id)"),
        // ... and it serves every search by date the old date-only index served: one index fewer to write.
        QStringLiteral("DROP INDEX IF EXISTS participations_date"),
        // Follow-up debt, unused contributions: only unpublished artifacts are indexed (few rows).
        QStringLiteral("CREATE INDEX IF NOT EXISTS participations_unpublished ON participations(occurred_on)"
                       " WHERE artifact_link != '' AND published_on IS NULL"),
        // The enrolled advocates' ids straight off the index (matching's pool, retention, follow-up debt).
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS nominations_status_advocate ON nominations(status, advocate_id)"),
    };
}

} // namespace ad::schema
