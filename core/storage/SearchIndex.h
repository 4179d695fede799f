#pragma once

#include "SqlDialect.h"
#include "util/Result.h"

#include <QString>
#include <QVariantList>

namespace ad {

class Database;

// What a person typed, turned into SQL for one backend's index: every word a
// prefix of a word, all words required; a word of Chinese, Japanese, Korean or
// Thai (written without spaces) is found anywhere in the text. Empty when
// nothing in the text can be searched for: then the search matches nothing,
// and must not be run.
struct SearchQuery
{
    // A subquery for `a.seq IN (…)`: the seq of every matching advocate.
    QString matchingSeqs;
    // A query of (seq, score) rows: the matching advocates, best first by score
    // (lower is better; name and email weigh most).
    QString ranked;
    // The values both bind, in order.
    QVariantList values;

    bool isEmpty() const { return values.isEmpty(); }
};

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

    virtual SearchQuery query(const QString &userText) const = 0;

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
