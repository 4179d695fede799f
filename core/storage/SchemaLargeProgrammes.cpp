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
    };
}

} // namespace ad::schema
