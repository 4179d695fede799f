#include "NpsReport.h"

#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad {

Result<QList<QPair<QString, NpsSummary>>> NpsReport::aggregate(const QString &groupColumn,
                                                               const QString &accountId, const QDate &from,
                                                               const QDate &to) const
{
    // `groupColumn` is one of our literals; the thresholds and dates are bound.
    // Grouped by position: PostgreSQL refuses GROUP BY on a bare literal ('all').
    // ROW_NUMBER picks each advocate's latest response in the window.
    SqlQuery query(
        m_context.db,
        QStringLiteral("WITH latest AS ("
                       " SELECT n.advocate_id, n.score, ROW_NUMBER() OVER ("
                       "  PARTITION BY n.advocate_id ORDER BY n.responded_on DESC, n.rowid DESC) AS rn"
                       " FROM nps_responses n WHERE n.responded_on BETWEEN ? AND ?)"
                       " SELECT %1,"
                       "  SUM(CASE WHEN l.score > ? THEN 1 ELSE 0 END),"
                       "  SUM(CASE WHEN l.score > ? AND l.score <= ? THEN 1 ELSE 0 END),"
                       "  SUM(CASE WHEN l.score <= ? THEN 1 ELSE 0 END)"
                       " FROM latest l JOIN advocates a ON a.id = l.advocate_id"
                       " JOIN accounts c ON c.id = a.account_id"
                       " WHERE l.rn = 1 AND (? = '' OR c.id = ?)"
                       " GROUP BY 1")
            .arg(groupColumn));
    query.bind(time::toStorage(from)).bind(time::toStorage(to));
    query.bind(m_rules.npsPassiveMax).bind(m_rules.npsDetractorMax).bind(m_rules.npsPassiveMax);
    query.bind(m_rules.npsDetractorMax).bind(accountId).bind(accountId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<QPair<QString, NpsSummary>> rows;
    while (query.next())
        rows << qMakePair(query.value(0).toString(),
                          NpsSummary{query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()});
    return rows;
}

Result<NpsSummary> NpsReport::programme(const QDate &from, const QDate &to) const
{
    auto rows = aggregate(QStringLiteral("'all'"), QString(), from, to);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? NpsSummary{} : rows->first().second;
}

Result<NpsSummary> NpsReport::account(const QString &accountId, const QDate &from, const QDate &to) const
{
    auto rows = aggregate(QStringLiteral("c.id"), accountId, from, to);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? NpsSummary{} : rows->first().second;
}

Result<QList<QPair<Segment, NpsSummary>>> NpsReport::bySegment(const QDate &from, const QDate &to) const
{
    auto rows = aggregate(QStringLiteral("c.segment"), QString(), from, to);
    if (!rows)
        return rows.error();
    QList<QPair<Segment, NpsSummary>> result;
    for (Segment segment : allSegmentValues()) {
        NpsSummary summary;
        for (const auto &[key, counts] : std::as_const(*rows))
            if (key == keyOf(segment))
                summary = counts;
        result << qMakePair(segment, summary);
    }
    return result;
}

} // namespace ad
