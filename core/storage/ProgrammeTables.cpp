#include "ProgrammeTables.h"

namespace ad {

namespace {

constexpr ProgrammeTable kTables[] = {
    {"users", "rowid"},
    {"accounts", "rowid"},
    {"advocates", "seq"},
    {"activity_types", "rowid"},
    {"consents", "rowid"},
    {"activity_preferences", "rowid"},
    {"advocate_notes", "rowid"},
    {"nps_responses", "rowid"},
    {"nominations", "rowid"},
    {"requests", "rowid"},
    {"asks", "rowid"},
    {"participations", "rowid"},
    {"appreciations", "rowid"},
    {"touches", "rowid"},
    {"referrals", "rowid"},
    {"feedback_items", "rowid"},
    {"purchases", "rowid"},
    {"audit_events", "rowid"},
    {"tier_reviews", "rowid"},
    {"sync_exports", "rowid"},
    {"sync_imports", "rowid"},
    {"sync_aliases", "rowid"},
    {"programme_settings", "rowid"},
    {"erasure_ledger", "rowid"},
    {"sync_identity", "rowid"},
    {"sync_trusted_keys", "rowid"},
};

} // namespace

std::span<const ProgrammeTable> programmeTables()
{
    return kTables;
}

} // namespace ad
