#include "KpiScope.h"

#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

#include <algorithm>

namespace ad {

bool KpiScope::filtersAdvocates() const
{
    return !ownerId.isEmpty() || !query.segment.isEmpty() || !query.region.isEmpty() || !query.tier.isEmpty();
}

QString KpiScope::accountJoin() const
{
    if (query.segment.isEmpty() && query.region.isEmpty())
        return {};
    return QStringLiteral(" JOIN accounts c ON c.id = a.account_id");
}

QString KpiScope::advocateConditions() const
{
    QString sql;
    if (!ownerId.isEmpty())
        sql += QStringLiteral(" AND a.owner_id = ?");
    if (!query.segment.isEmpty())
        sql += QStringLiteral(" AND c.segment = ?");
    if (!query.region.isEmpty())
        sql += QStringLiteral(" AND c.region = ?");
    if (!query.tier.isEmpty())
        sql += QStringLiteral(" AND a.tier = ?");
    return sql + QLatin1Char(' ');
}

QString KpiScope::advocatesInScope() const
{
    return QStringLiteral(" FROM advocates a") + accountJoin() + QStringLiteral(" WHERE 1 = 1") +
           advocateConditions();
}

QString KpiScope::advocateIn(const QString &idColumn) const
{
    if (!filtersAdvocates())
        return QStringLiteral(" ");
    return QStringLiteral(" AND %1 IN (SELECT a.id%2) ").arg(idColumn, advocatesInScope());
}

void KpiScope::bindAdvocateFilter(SqlQuery &sql) const
{
    for (const QString &value : {ownerId, query.segment, query.region, query.tier})
        if (!value.isEmpty())
            sql.bind(value);
}

QString KpiScope::requestFilter()
{
    return QStringLiteral(" ((? = '' OR r.segment = ?) AND (? = '' OR r.region = ?)) ");
}

void KpiScope::bindRequestFilter(SqlQuery &sql) const
{
    sql.bind(query.segment).bind(query.segment).bind(query.region).bind(query.region);
}

QString KpiScope::accountFilter()
{
    return QStringLiteral(" ((? = '' OR c.owner_id = ?) AND (? = '' OR c.segment = ?)"
                          " AND (? = '' OR c.region = ?)) ");
}

void KpiScope::bindAccountFilter(SqlQuery &sql) const
{
    sql.bind(ownerId).bind(ownerId).bind(query.segment).bind(query.segment);
    sql.bind(query.region).bind(query.region);
}

void KpiScope::bindRange(SqlQuery &sql) const
{
    sql.bind(time::toStorage(query.from)).bind(time::toStorage(query.to));
}

namespace kpi {

QStringList splitIds(const QVariant &joined)
{
    QStringList ids = joined.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    // group_concat's order is unspecified; callers compare sets. Rows read in id
    // order often arrive sorted already.
    if (!std::is_sorted(ids.cbegin(), ids.cend()))
        ids.sort();
    return ids;
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) / double(whole);
}

QString medianSql(const QString &source)
{
    return QStringLiteral("WITH src AS (%1), ranked AS ("
                          " SELECT grp, days, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY days) AS rn,"
                          "  COUNT(*) OVER (PARTITION BY grp) AS cnt FROM src)"
                          " SELECT grp, AVG(days) FROM ranked"
                          " WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2) GROUP BY grp")
        .arg(source);
}

QString hasReferenceSql()
{
    // Asks are found through UNIQUE(request_id, advocate_id).
    return QStringLiteral("(EXISTS (SELECT 1 FROM asks s WHERE s.request_id = r.id AND s.answer = 'accepted')"
                          " OR EXISTS (SELECT 1 FROM participations p WHERE p.request_id = r.id))");
}

QString openRequestSql()
{
    return QStringLiteral("r.outcome = 'open' AND r.status NOT IN ('closed', 'declined',"
                          " 'cancelled', 'expired')");
}

} // namespace kpi

} // namespace ad
