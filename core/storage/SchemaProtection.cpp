#include "SchemaProtection.h"

#include "SqlQuery.h"
#include "services/Validation.h"

namespace ad::schema {

QStringList version8()
{
    return {
        // Everyone erased from the programme, as a salted hash of their email key
        // (never the email): a restored backup or an older bundle that still
        // holds them has them erased again.
        QStringLiteral("CREATE TABLE IF NOT EXISTS erasure_ledger ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " salt TEXT NOT NULL,"
                       " email_hash TEXT NOT NULL,"
                       " erased_at TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
                       " UNIQUE (salt, email_hash))"),
        // This file's key for signing its sync bundles (Ed25519), and the keys of
        // colleagues whose bundles the person merging has accepted.
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_identity ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " public_key TEXT NOT NULL,"
                       " secret_key TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_trusted_keys ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " public_key TEXT NOT NULL UNIQUE,"
                       " author TEXT NOT NULL DEFAULT '',"
                       " fingerprint TEXT NOT NULL,"
                       " trusted_at TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        // The advocates whose notes changed in the transaction under way.
        QStringLiteral("CREATE TABLE IF NOT EXISTS advocate_search_stale_notes ("
                       " advocate_id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID"),
        QStringLiteral("DROP TRIGGER IF EXISTS notes_search_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS notes_search_update"),
        QStringLiteral("DROP TRIGGER IF EXISTS notes_search_delete"),
        QStringLiteral("CREATE TRIGGER notes_search_insert AFTER INSERT ON advocate_notes BEGIN"
                       " INSERT OR IGNORE INTO advocate_search_stale_notes(advocate_id) VALUES (new.advocate_id);"
                       " END"),
        QStringLiteral("CREATE TRIGGER notes_search_update AFTER UPDATE ON advocate_notes BEGIN"
                       " INSERT OR IGNORE INTO advocate_search_stale_notes(advocate_id) VALUES (old.advocate_id);"
                       " INSERT OR IGNORE INTO advocate_search_stale_notes(advocate_id) VALUES (new.advocate_id);"
                       " END"),
        QStringLiteral("CREATE TRIGGER notes_search_delete AFTER DELETE ON advocate_notes BEGIN"
                       " INSERT OR IGNORE INTO advocate_search_stale_notes(advocate_id) VALUES (old.advocate_id);"
                       " END"),
    };
}

QString hasStaleNotesSql()
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM advocate_search_stale_notes)");
}

QString flushStaleNotesSql()
{
    // One pass per advocate, whatever number of notes changed: linear.
    return QStringLiteral("UPDATE advocate_search SET notes = (SELECT coalesce(group_concat(n.body, ' '), '')"
                          "  FROM advocate_notes n JOIN advocates a ON a.id = n.advocate_id"
                          "  WHERE a.seq = advocate_search.rowid)"
                          " WHERE rowid IN (SELECT a.seq FROM advocate_search_stale_notes s"
                          "  JOIN advocates a ON a.id = s.advocate_id)");
}

Status recomputeEmailKeys(Database &db)
{
    // Keys are composed (NFC) before folding since schema 8: a key stored from
    // a decomposed "e + ◌̈" is brought in line so that the person is found. Two
    // people whose addresses turn out the same keep their old keys (the unique
    // index would refuse); merging them is a person's decision.
    SqlQuery people(db, QStringLiteral("SELECT id, email, email_key FROM advocates"));
    if (Status status = people.exec(); !status)
        return status;
    QList<QPair<QString, QString>> changes;
    while (people.next()) {
        const QString key = validate::emailKey(people.value(1).toString());
        if (key != people.value(2).toString())
            changes << qMakePair(people.value(0).toString(), key);
    }
    people.raw().finish();
    for (const auto &[id, key] : changes) {
        SqlQuery update(db, QStringLiteral("UPDATE OR IGNORE advocates SET email_key = ? WHERE id = ?"));
        update.bind(key).bind(id);
        if (Status status = update.exec(); !status)
            return status;
    }
    return {};
}

} // namespace ad::schema
