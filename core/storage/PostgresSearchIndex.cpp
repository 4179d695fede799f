#include "PostgresSearchIndex.h"

#include "Database.h"
#include "FtsQuery.h"
#include "SqlQuery.h"
#include "WriteTransaction.h"

namespace ad {

SearchQuery PostgresSearchIndex::query(const QString &userText) const
{
    // The words, space-separated; advocate_search_find() folds and splits them,
    // and looks for a word of Chinese or Japanese anywhere. A NUL (which a
    // PostgreSQL text cannot hold) separates words like any control character.
    const QString words = searchTerms(userText).join(QLatin1Char(' '));
    if (words.isEmpty())
        return {};
    return SearchQuery{QStringLiteral("SELECT found_seq FROM advocate_search_find(?)"),
                       QStringLiteral("SELECT found_seq AS seq, found_score AS score FROM advocate_search_find(?)"),
                       {words}};
}

Status PostgresSearchIndex::beforeCommit(Database &db) const
{
    // The notes' trigger names the advocates; their entries are refilled once
    // each, here (PostgresSearchSchema.cpp). Not during the baseline's own write.
    if (db.schemaVersion() < 8)
        return {};
    return execSql(db, QStringLiteral("SELECT advocate_search_flush()"));
}

Status PostgresSearchIndex::prepareErase(Database &) const
{
    return {};
}

Status PostgresSearchIndex::erase(Database &db, qint64 advocateSeq) const
{
    // Usually gone already, with the advocate (ON DELETE CASCADE). A plain
    // delete: the dead row stays in the server's pages until autovacuum
    // reclaims it (PostgreSQL has no secure_delete).
    SqlQuery remove(db, QStringLiteral("DELETE FROM advocate_search WHERE seq = ?"));
    remove.bind(advocateSeq);
    return remove.exec();
}

void PostgresSearchIndex::afterErase(Database &) const {}

Status PostgresSearchIndex::rebuild(Database &db) const
{
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.error();
    for (const char *statement :
         {"DELETE FROM advocate_search", "SELECT advocate_search_refresh(CAST(NULL AS bigint[]))",
          "DELETE FROM advocate_search_stale_notes"}) {
        if (Status status = execSql(db, QLatin1String(statement)); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace ad
