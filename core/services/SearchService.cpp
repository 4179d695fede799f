#include "SearchService.h"

#include "storage/FtsQuery.h"
#include "storage/SqlQuery.h"

namespace ad {

Result<QList<SearchHit>> SearchService::search(const QString &text, int limit) const
{
    const QString match = ftsPrefixQuery(text);
    if (match.isEmpty())
        return QList<SearchHit>();
    // Column weights: name, email, title, account, story, notes.
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT a.id, a.name, a.email, a.title, acc.name, "
                                  " bm25(advocate_search, 10.0, 8.0, 3.0, 4.0, 1.0, 1.0) AS score "
                                  "FROM advocate_search "
                                  "JOIN advocates a ON a.seq = advocate_search.rowid "
                                  "JOIN accounts acc ON acc.id = a.account_id "
                                  "WHERE advocate_search MATCH ? ORDER BY score, a.name LIMIT ?"));
    query.bind(match).bind(limit);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<SearchHit> hits;
    while (query.next())
        hits << SearchHit{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(), query.value(5).toDouble()};
    return hits;
}

} // namespace ad
