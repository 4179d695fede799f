#pragma once

#include "SqlDialect.h"
#include "util/Result.h"

#include <QString>

namespace ad {

class Database;

// The full-text index over advocates (name, email, title, account, success story,
// notes), one per backend (docs/storage-seam.md §3.3): FTS5 on SQLite, a
// tsvector and a trigram index on PostgreSQL. Services ask it for SQL text and
// never name the index's tables themselves. Like SqlDialect it holds no state:
// every call that touches data is given the Database.
class SearchIndex
{
public:
    virtual ~SearchIndex() = default;

    virtual Backend backend() const = 0;

    // What the person typed, as the one value matchingSeqs() and rankedSql()
    // bind: every word a prefix (a run of Chinese or Japanese anywhere in a word
    // on PostgreSQL), all words required. Empty when nothing in the text can be
    // searched for: then the search matches nothing, and must not be run.
    virtual QString bindValue(const QString &userText) const = 0;
    // A subquery for `a.seq IN (…)` with one bound value (bindValue): the seq of
    // every matching advocate.
    virtual QString matchingSeqs() const = 0;
    // A query of (seq, score) rows with one bound value (bindValue): the matching
    // advocates, best first by score (lower is better; name and email weigh most).
    virtual QString rankedSql() const = 0;

    // Brings the index in step with what the transaction changed that the
    // triggers leave for its end (notes). Inside the outermost write, before COMMIT.
    virtual Status beforeCommit(Database &db) const = 0;
    // Erasing a person's data is three calls. Before the write that erases them:
    // on SQLite, from here on freed pages are zeroed (secure_delete).
    virtual Status prepareErase(Database &db) const = 0;
    // In that write, once their rows are deleted and other rows' texts
    // scrubbed: removes their index entry for good. On SQLite the index
    // segments are merged, so no deleted word lingers in them.
    virtual Status erase(Database &db, qint64 advocateSeq) const = 0;
    // After that write has committed; best effort. On SQLite, copies the zeroed
    // pages into the file and empties the write-ahead log. On PostgreSQL the
    // deleted rows stay in the server's pages until autovacuum reclaims them.
    virtual void afterErase(Database &db) const = 0;
    // Refills the whole index from the tables (after a bulk copy that bypassed
    // the triggers, e.g. `server push`). Opens its own write when none is open.
    virtual Status rebuild(Database &db) const = 0;

    static const SearchIndex &forBackend(Backend backend);
};

} // namespace ad
