#include "SearchService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace ad {

Result<QList<SearchHit>> SearchService::search(const QString &text, int limit) const
{
    const SearchIndex &index = m_context.db.searchIndex();
    const SearchQuery match = index.query(text);
    if (match.isEmpty())
        return QList<SearchHit>();
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT a.id, a.name, a.email, a.title, acc.name, r.score FROM (") +
                       match.ranked +
                       QStringLiteral(") r "
                                      "JOIN advocates a ON a.seq = r.seq "
                                      "JOIN accounts acc ON acc.id = a.account_id "
                                      "ORDER BY r.score, a.name LIMIT ?"));
    for (const QVariant &value : match.values)
        query.bind(value);
    query.bind(limit);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<SearchHit> hits;
    while (query.next())
        hits << SearchHit{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(), query.value(5).toDouble()};
    return hits;
}

} // namespace ad
