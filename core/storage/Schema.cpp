#include "Schema.h"

namespace ad::schema {

namespace {
// Every row carries its UUID and UTC timestamps; this is the common tail.
#define AD_STAMPS "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
} // namespace

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE users ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " role TEXT NOT NULL CHECK (role IN ('csm', 'programme_manager', 'admin')),"
                       " " AD_STAMPS ")"),

        QStringLiteral("CREATE TABLE accounts ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " industry TEXT NOT NULL DEFAULT '',"
                       " segment TEXT NOT NULL DEFAULT 'mid_market'"
                       "   CHECK (segment IN ('smb', 'mid_market', 'enterprise')),"
                       " region TEXT NOT NULL DEFAULT '',"
                       " country TEXT NOT NULL DEFAULT '',"
                       " products TEXT NOT NULL DEFAULT '',"
                       " arr INTEGER NOT NULL DEFAULT 0 CHECK (arr >= 0),"
                       " customer_since TEXT,"
                       " renewal_date TEXT,"
                       " health TEXT NOT NULL DEFAULT 'healthy'"
                       "   CHECK (health IN ('healthy', 'at_risk', 'critical')),"
                       " open_escalation INTEGER NOT NULL DEFAULT 0 CHECK (open_escalation IN (0, 1)),"
                       " owner_id TEXT REFERENCES users(id) ON DELETE SET NULL,"
                       " external_crm_id TEXT NOT NULL DEFAULT '',"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX accounts_name ON accounts(name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX accounts_renewal ON accounts(renewal_date)"),
        QStringLiteral("CREATE INDEX accounts_owner ON accounts(owner_id)"),

        // seq is the stable rowid that ties an advocate to its search-index row
        // (VACUUM may renumber implicit rowids, never an INTEGER PRIMARY KEY).
        QStringLiteral("CREATE TABLE advocates ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " title TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL,"
                       " email_key TEXT NOT NULL UNIQUE,"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " profile_url TEXT NOT NULL DEFAULT '',"
                       " language TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL DEFAULT '',"
                       " journey_stage INTEGER NOT NULL DEFAULT 1 CHECK (journey_stage BETWEEN 1 AND 5),"
                       " tier TEXT NOT NULL DEFAULT 'community'"
                       "   CHECK (tier IN ('community', 'silver', 'gold', 'vip')),"
                       " signal_satisfaction INTEGER NOT NULL DEFAULT 0 CHECK (signal_satisfaction BETWEEN 0 AND 5),"
                       " signal_outcomes INTEGER NOT NULL DEFAULT 0 CHECK (signal_outcomes BETWEEN 0 AND 5),"
                       " signal_relationship INTEGER NOT NULL DEFAULT 0 CHECK (signal_relationship BETWEEN 0 AND 5),"
                       " signal_communication INTEGER NOT NULL DEFAULT 0 CHECK (signal_communication BETWEEN 0 AND 5),"
                       " signal_company_fit INTEGER NOT NULL DEFAULT 0 CHECK (signal_company_fit BETWEEN 0 AND 5),"
                       " signal_willingness INTEGER NOT NULL DEFAULT 0 CHECK (signal_willingness BETWEEN 0 AND 5),"
                       " do_not_ask_until TEXT,"
                       " nudge_fatigue INTEGER NOT NULL DEFAULT 0 CHECK (nudge_fatigue IN (0, 1)),"
                       " success_story TEXT NOT NULL DEFAULT '',"
                       " value_outcomes TEXT NOT NULL DEFAULT '',"
                       " owner_id TEXT REFERENCES users(id) ON DELETE SET NULL,"
                       " last_verified TEXT,"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX advocates_account ON advocates(account_id)"),
        QStringLiteral("CREATE INDEX advocates_owner ON advocates(owner_id)"),
        QStringLiteral("CREATE INDEX advocates_name ON advocates(name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX advocates_stage ON advocates(journey_stage)"),
        QStringLiteral("CREATE INDEX advocates_tier ON advocates(tier)"),

        QStringLiteral("CREATE TABLE activity_types ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " barrier TEXT NOT NULL CHECK (barrier IN ('low', 'medium', 'high')),"
                       " points INTEGER NOT NULL CHECK (points >= 0),"
                       " effort_hours REAL NOT NULL DEFAULT 0 CHECK (effort_hours >= 0),"
                       " counts_toward_cap INTEGER NOT NULL DEFAULT 1 CHECK (counts_toward_cap IN (0, 1)),"
                       " " AD_STAMPS ")"),

        QStringLiteral("CREATE TABLE consents ("
                       " id TEXT PRIMARY KEY,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " asset TEXT NOT NULL CHECK (asset IN ('reference', 'name', 'logo', 'quote', 'case_study')),"
                       " granted_on TEXT NOT NULL,"
                       " expires_on TEXT,"
                       " revoked_on TEXT,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX consents_advocate ON consents(advocate_id, asset)"),

        QStringLiteral("CREATE TABLE activity_preferences ("
                       " id TEXT PRIMARY KEY,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " activity_type_id TEXT NOT NULL REFERENCES activity_types(id) ON DELETE CASCADE,"
                       " open_to INTEGER NOT NULL CHECK (open_to IN (0, 1)),"
                       " " AD_STAMPS ","
                       " UNIQUE (advocate_id, activity_type_id))"),

        QStringLiteral("CREATE TABLE advocate_notes ("
                       " id TEXT PRIMARY KEY,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " body TEXT NOT NULL,"
                       " author TEXT NOT NULL DEFAULT '',"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX advocate_notes_advocate ON advocate_notes(advocate_id)"),

        QStringLiteral("CREATE TABLE nps_responses ("
                       " id TEXT PRIMARY KEY,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " responded_on TEXT NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX nps_advocate_date ON nps_responses(advocate_id, responded_on)"),
        QStringLiteral("CREATE INDEX nps_date ON nps_responses(responded_on)"),

        QStringLiteral("CREATE TABLE nominations ("
                       " id TEXT PRIMARY KEY,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " nominated_by TEXT NOT NULL DEFAULT '',"
                       " nominated_on TEXT NOT NULL,"
                       " evidence TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL CHECK (status IN ('nominated', 'in_review', 'cultivating', 'invited',"
                       "   'enrolled', 'declined', 'not_a_fit', 'paused')),"
                       " status_changed_at TEXT NOT NULL,"
                       " " AD_STAMPS ")"),
        // One nomination per advocate: re-nominating reopens it, so its history stays in one place.
        QStringLiteral("CREATE UNIQUE INDEX nominations_advocate ON nominations(advocate_id)"),
        QStringLiteral("CREATE INDEX nominations_status ON nominations(status, status_changed_at)"),

        QStringLiteral("CREATE TABLE requests ("
                       " id TEXT PRIMARY KEY,"
                       " requester TEXT NOT NULL DEFAULT '',"
                       " opportunity TEXT NOT NULL DEFAULT '',"
                       " prospect_company TEXT NOT NULL DEFAULT '',"
                       " industry TEXT NOT NULL DEFAULT '',"
                       " segment TEXT NOT NULL DEFAULT '',"
                       " region TEXT NOT NULL DEFAULT '',"
                       " product TEXT NOT NULL DEFAULT '',"
                       " deal_size INTEGER NOT NULL DEFAULT 0 CHECK (deal_size >= 0),"
                       " activity_type_id TEXT NOT NULL REFERENCES activity_types(id) ON DELETE RESTRICT,"
                       " needed_by TEXT,"
                       " status TEXT NOT NULL CHECK (status IN ('new', 'matching', 'asked', 'accepted', 'scheduled',"
                       "   'completed', 'closed', 'declined', 'cancelled', 'expired')),"
                       " outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),"
                       " outcome_amount INTEGER NOT NULL DEFAULT 0,"
                       " opened_on TEXT NOT NULL,"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX requests_status ON requests(status)"),
        QStringLiteral("CREATE INDEX requests_opened ON requests(opened_on)"),

        // One row per advocate asked for a request: the ask cap and fatigue read it.
        QStringLiteral("CREATE TABLE asks ("
                       " id TEXT PRIMARY KEY,"
                       " request_id TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " activity_type_id TEXT NOT NULL REFERENCES activity_types(id) ON DELETE RESTRICT,"
                       " asked_on TEXT NOT NULL,"
                       " answer TEXT NOT NULL DEFAULT 'pending' CHECK (answer IN ('pending', 'accepted', 'declined')),"
                       " answered_on TEXT,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " override_reason TEXT NOT NULL DEFAULT '',"
                       " " AD_STAMPS ","
                       " UNIQUE (request_id, advocate_id))"),
        QStringLiteral("CREATE INDEX asks_advocate_date ON asks(advocate_id, asked_on)"),

        QStringLiteral("CREATE TABLE participations ("
                       " id TEXT PRIMARY KEY,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " activity_type_id TEXT NOT NULL REFERENCES activity_types(id) ON DELETE RESTRICT,"
                       " request_id TEXT REFERENCES requests(id) ON DELETE SET NULL,"
                       " occurred_on TEXT NOT NULL,"
                       " points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),"
                       " artifact_link TEXT NOT NULL DEFAULT '',"
                       " published_on TEXT,"
                       " final_shared_on TEXT,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX participations_advocate_date ON participations(advocate_id, occurred_on)"),
        QStringLiteral("CREATE INDEX participations_date ON participations(occurred_on)"),

        QStringLiteral("CREATE TABLE appreciations ("
                       " id TEXT PRIMARY KEY,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " participation_id TEXT REFERENCES participations(id) ON DELETE SET NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('thank_you_note', 'executive_thank_you', 'gift',"
                       "   'public_recognition', 'exclusive_access', 'event_invite')),"
                       " occurred_on TEXT NOT NULL,"
                       " cost REAL NOT NULL DEFAULT 0 CHECK (cost >= 0),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX appreciations_advocate ON appreciations(advocate_id, occurred_on)"),
        QStringLiteral("CREATE INDEX appreciations_participation ON appreciations(participation_id)"),

        QStringLiteral("CREATE TABLE touches ("
                       " id TEXT PRIMARY KEY,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('check_in', 'business_review', 'executive_call', 'event',"
                       "   'social_engagement')),"
                       " occurred_on TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " logged_by TEXT NOT NULL DEFAULT '',"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX touches_advocate_date ON touches(advocate_id, occurred_on)"),

        QStringLiteral("CREATE TABLE referrals ("
                       " id TEXT PRIMARY KEY,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " referred_company TEXT NOT NULL,"
                       " referred_contact TEXT NOT NULL DEFAULT '',"
                       " referred_on TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'new'"
                       "   CHECK (status IN ('new', 'contacted', 'qualified', 'won', 'lost')),"
                       " value INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX referrals_advocate ON referrals(advocate_id)"),

        QStringLiteral("CREATE TABLE feedback_items ("
                       " id TEXT PRIMARY KEY,"
                       " source TEXT NOT NULL,"
                       " link TEXT NOT NULL DEFAULT '',"
                       " rating REAL,"
                       " sentiment TEXT NOT NULL DEFAULT 'neutral'"
                       "   CHECK (sentiment IN ('positive', 'neutral', 'negative')),"
                       " body TEXT NOT NULL DEFAULT '',"
                       " received_on TEXT NOT NULL,"
                       " account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,"
                       " advocate_id TEXT REFERENCES advocates(id) ON DELETE CASCADE,"
                       " tags TEXT NOT NULL DEFAULT '',"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX feedback_advocate ON feedback_items(advocate_id)"),
        QStringLiteral("CREATE INDEX feedback_account ON feedback_items(account_id)"),

        QStringLiteral("CREATE TABLE purchases ("
                       " id TEXT PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " purchased_on TEXT NOT NULL,"
                       " amount INTEGER NOT NULL CHECK (amount >= 0),"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX purchases_account_date ON purchases(account_id, purchased_on)"),

        QStringLiteral("CREATE TABLE audit_events ("
                       " id TEXT PRIMARY KEY,"
                       " entity_type TEXT NOT NULL,"
                       " entity_id TEXT NOT NULL,"
                       " advocate_id TEXT,"
                       " field TEXT NOT NULL,"
                       " old_value TEXT NOT NULL DEFAULT '',"
                       " new_value TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " actor TEXT NOT NULL DEFAULT '',"
                       " occurred_at TEXT NOT NULL,"
                       " " AD_STAMPS ")"),
        QStringLiteral("CREATE INDEX audit_entity ON audit_events(entity_id, occurred_at)"),
        QStringLiteral("CREATE INDEX audit_advocate ON audit_events(advocate_id, occurred_at)"),

        // Full-text search over advocates, kept in step by the triggers below.
        QStringLiteral("CREATE VIRTUAL TABLE advocate_search USING fts5("
                       " name, email, title, account_name, success_story, notes,"
                       " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
        QStringLiteral("CREATE TRIGGER advocates_search_insert AFTER INSERT ON advocates BEGIN"
                       " INSERT INTO advocate_search(rowid, name, email, title, account_name, success_story, notes)"
                       " VALUES (new.seq, new.name, new.email, new.title,"
                       "  (SELECT name FROM accounts WHERE id = new.account_id), new.success_story, '');"
                       " END"),
        QStringLiteral("CREATE TRIGGER advocates_search_update AFTER UPDATE OF name, email, title, account_id,"
                       " success_story ON advocates BEGIN"
                       " UPDATE advocate_search SET name = new.name, email = new.email, title = new.title,"
                       "  account_name = (SELECT name FROM accounts WHERE id = new.account_id),"
                       "  success_story = new.success_story"
                       " WHERE rowid = new.seq;"
                       " END"),
        QStringLiteral("CREATE TRIGGER advocates_search_delete AFTER DELETE ON advocates BEGIN"
                       " DELETE FROM advocate_search WHERE rowid = old.seq;"
                       " END"),
        QStringLiteral("CREATE TRIGGER accounts_search_rename AFTER UPDATE OF name ON accounts BEGIN"
                       " UPDATE advocate_search SET account_name = new.name"
                       " WHERE rowid IN (SELECT seq FROM advocates WHERE account_id = new.id);"
                       " END"),
        QStringLiteral("CREATE TRIGGER notes_search_insert AFTER INSERT ON advocate_notes BEGIN"
                       " UPDATE advocate_search SET notes = (SELECT coalesce(group_concat(body, ' '), '')"
                       "  FROM advocate_notes WHERE advocate_id = new.advocate_id)"
                       " WHERE rowid = (SELECT seq FROM advocates WHERE id = new.advocate_id);"
                       " END"),
        QStringLiteral("CREATE TRIGGER notes_search_update AFTER UPDATE ON advocate_notes BEGIN"
                       " UPDATE advocate_search SET notes = (SELECT coalesce(group_concat(body, ' '), '')"
                       "  FROM advocate_notes WHERE advocate_id = new.advocate_id)"
                       " WHERE rowid = (SELECT seq FROM advocates WHERE id = new.advocate_id);"
                       " END"),
        QStringLiteral("CREATE TRIGGER notes_search_delete AFTER DELETE ON advocate_notes BEGIN"
                       " UPDATE advocate_search SET notes = (SELECT coalesce(group_concat(body, ' '), '')"
                       "  FROM advocate_notes WHERE advocate_id = old.advocate_id)"
                       " WHERE rowid = (SELECT seq FROM advocates WHERE id = old.advocate_id);"
                       " END"),
    };
}

QStringList version2()
{
    // Tier changes wait here for a programme manager: the recommendation is
    // computed, the tier itself changes only when a review is decided.
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS tier_reviews ("
                       " id TEXT PRIMARY KEY,"
                       " advocate_id TEXT NOT NULL REFERENCES advocates(id) ON DELETE CASCADE,"
                       " current_tier TEXT NOT NULL CHECK (current_tier IN ('community', 'silver', 'gold', 'vip')),"
                       " recommended_tier TEXT NOT NULL"
                       "   CHECK (recommended_tier IN ('community', 'silver', 'gold', 'vip')),"
                       " points INTEGER NOT NULL DEFAULT 0,"
                       " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'overridden')),"
                       " decided_tier TEXT CHECK (decided_tier IS NULL OR"
                       "   decided_tier IN ('community', 'silver', 'gold', 'vip')),"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " decided_by TEXT NOT NULL DEFAULT '',"
                       " decided_at TEXT,"
                       " " AD_STAMPS ")"),
        // At most one open review per advocate; decided ones stay as history.
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS tier_reviews_pending ON tier_reviews(advocate_id)"
                       " WHERE status = 'pending'"),
    };
}

#undef AD_STAMPS

} // namespace ad::schema
