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
        // An update that leaves the searchable fields as they were (an import's
        // --on-duplicate update, most profile edits) no longer rewrites the
        // search index: FTS5 flushes on every write.
        QStringLiteral("DROP TRIGGER IF EXISTS advocates_search_update"),
        QStringLiteral(
            "CREATE TRIGGER advocates_search_update AFTER UPDATE OF name, email, title, account_id,"
            " success_story ON advocates"
            " WHEN old.name IS NOT new.name OR old.email IS NOT new.email OR old.title IS NOT new.title"
            " OR old.account_id IS NOT new.account_id OR old.success_story IS NOT new.success_story"
            " BEGIN"
            " UPDATE advocate_search SET name = new.name, email = new.email, title = new.title,"
            "  account_name = (SELECT name FROM accounts WHERE id = new.account_id),"
            "  success_story = new.success_story"
            " WHERE rowid = new.seq;"
            " END"),
    };
}

QStringList version7()
{
    return {
        // Every question asked of an advocate's consents (which are current, the
        // newest per asset, which are stale) answered from the index alone; it
        // starts with the old index's columns, which it replaces.
        QStringLiteral("CREATE INDEX IF NOT EXISTS consents_advocate_current"
                       " ON consents(advocate_id, asset, granted_on, revoked_on, expires_on, id)"),
        QStringLiteral("DROP INDEX IF EXISTS consents_advocate"),
        // Case studies whose final version is still owed, by type and date: the
        // follow-up count and list read those alone instead of every contribution.
        QStringLiteral("CREATE INDEX IF NOT EXISTS participations_final_owed"
                       " ON participations(activity_type_id, occurred_on) WHERE final_shared_on IS NULL"),
    };
}

} // namespace ad::schema
