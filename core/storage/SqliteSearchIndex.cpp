#include "SqliteSearchIndex.h"

#include "Database.h"
#include "FtsQuery.h"
#include "SchemaProtection.h"
#include "SqlQuery.h"
#include "WriteTransaction.h"

namespace ad {

namespace {

// A script written without spaces between words: FTS5's unicode61 tokenizer
// reads a whole run of it as one word, so 美玲 is no prefix of the word 陳美玲.
bool writtenWithoutSpaces(const QString &word)
{
    for (const QChar c : word) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
        case QChar::Script_Thai:
        case QChar::Script_Lao:
        case QChar::Script_Myanmar:
        case QChar::Script_Khmer:
            return true;
        default:
            break;
        }
    }
    return false;
}

// Every indexed text of the row, in lower case, to look a word up in.
const QString kAllText = QStringLiteral(
    "lower(name || ' ' || email || ' ' || title || ' ' || account_name || ' ' || success_story || ' ' || notes)");

} // namespace

SearchQuery SqliteSearchIndex::query(const QString &userText) const
{
    // Words of a script without spaces are looked up anywhere in the indexed
    // texts (a pass over the index's own copy of them); the others go to FTS5
    // as prefixes, which its index answers.
    QStringList prefixes;
    QStringList anywhere;
    for (const QString &word : searchTerms(userText))
        (writtenWithoutSpaces(word) ? anywhere : prefixes) << word;
    SearchQuery query;
    QStringList conditions;
    QString score = QStringLiteral("0.0");
    if (!prefixes.isEmpty()) {
        conditions << QStringLiteral("advocate_search MATCH ?");
        query.values << ftsPrefixQuery(prefixes.join(QLatin1Char(' ')));
        // Column weights: name, email, title, account, story, notes.
        score = QStringLiteral("bm25(advocate_search, 10.0, 8.0, 3.0, 4.0, 1.0, 1.0)");
    }
    for (const QString &word : std::as_const(anywhere)) {
        conditions << QStringLiteral("instr(%1, ?) > 0").arg(kAllText);
        query.values << word.toLower();
    }
    if (query.values.isEmpty())
        return {};
    const QString where = QStringLiteral(" FROM advocate_search WHERE ") + conditions.join(QStringLiteral(" AND "));
    query.matchingSeqs = QStringLiteral("SELECT rowid") + where;
    query.ranked = QStringLiteral("SELECT rowid AS seq, %1 AS score").arg(score) + where;
    return query;
}

Status SqliteSearchIndex::beforeCommit(Database &db) const
{
    // The search index learns a transaction's notes once per advocate, at its
    // end (schema 8): ten thousand notes in one bundle cost one pass each.
    // A file older than schema 8 (during its upgrade) has no such table yet.
    if (db.schemaVersion() < 8)
        return {};
    SqlQuery stale(db, schema::hasStaleNotesSql());
    Result<QVariant> any = scalar(stale);
    if (!any)
        return any.error();
    if (!any->toBool())
        return {};
    if (Status status = execSql(db, schema::flushStaleNotesSql()); !status)
        return status;
    return execSql(db, QStringLiteral("DELETE FROM advocate_search_stale_notes"));
}

Status SqliteSearchIndex::prepareErase(Database &db) const
{
    // Freed pages are zeroed, so deleted text does not linger in the file.
    return execSql(db, QStringLiteral("PRAGMA secure_delete = ON"));
}

Status SqliteSearchIndex::erase(Database &db, qint64 advocateSeq) const
{
    // Usually gone already, with the advocate (advocates_search_delete).
    SqlQuery remove(db, QStringLiteral("DELETE FROM advocate_search WHERE rowid = ?"));
    remove.bind(advocateSeq);
    if (Status status = remove.exec(); !status)
        return status;
    // Merging the index segments drops the deleted tokens instead of only marking them.
    return execSql(db, QStringLiteral("INSERT INTO advocate_search(advocate_search) VALUES ('optimize')"));
}

void SqliteSearchIndex::afterErase(Database &db) const
{
    // The WAL still holds page images from before the erasure: copy the zeroed
    // pages into the file and truncate the log so no old copy stays on disk.
    // Best effort: a reader in another process may hold the log open, and the
    // next checkpoint then finishes the job; the erasure itself has committed.
    (void)execSql(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Status SqliteSearchIndex::rebuild(Database &db) const
{
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status status = execSql(db, QStringLiteral("DELETE FROM advocate_search")); !status)
        return status;
    // What the triggers would have written, notes included (their flush's text).
    if (Status status = execSql(
            db,
            QStringLiteral(
                "INSERT INTO advocate_search(rowid, name, email, title, account_name, success_story, notes)"
                " SELECT a.seq, a.name, a.email, a.title,"
                "  (SELECT name FROM accounts WHERE id = a.account_id), a.success_story,"
                "  (SELECT coalesce(group_concat(n.body, ' '), '') FROM advocate_notes n"
                "   WHERE n.advocate_id = a.id)"
                " FROM advocates a"));
        !status)
        return status;
    if (db.schemaVersion() >= 8) {
        if (Status status = execSql(db, QStringLiteral("DELETE FROM advocate_search_stale_notes")); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace ad
