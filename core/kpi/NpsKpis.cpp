#include "KpiGroups.h"

#include "storage/SqlQuery.h"

namespace ad::kpi {

namespace {

// Promoters, passives, detractors of the `latest` rows kept by `where`; the
// thresholds come from the programme rules (bound in bindCategories).
QString categorySums()
{
    return QStringLiteral("SUM(CASE WHEN score > ? THEN 1 ELSE 0 END),"
                          " SUM(CASE WHEN score > ? AND score <= ? THEN 1 ELSE 0 END),"
                          " SUM(CASE WHEN score <= ? THEN 1 ELSE 0 END)");
}

void bindCategories(SqlQuery &sql, const ProgrammeRules &rules)
{
    sql.bind(rules.npsPassiveMax).bind(rules.npsDetractorMax).bind(rules.npsPassiveMax);
    sql.bind(rules.npsDetractorMax);
}

} // namespace

Status computeNps(const KpiScope &scope, KpiReport &report)
{
    // The same counting rule as NpsReport (each advocate once, latest response),
    // applied to the whole range and to each month of it, with the KPI filters.
    SqlQuery sql(
        scope.context.db,
        QStringLiteral("WITH latest AS ("
                       " SELECT n.score, strftime('%Y-%m', n.responded_on) AS month,"
                       "  ROW_NUMBER() OVER (PARTITION BY n.advocate_id"
                       "   ORDER BY n.responded_on DESC, n.rowid DESC) AS in_range,"
                       "  ROW_NUMBER() OVER (PARTITION BY n.advocate_id, strftime('%Y-%m', n.responded_on)"
                       "   ORDER BY n.responded_on DESC, n.rowid DESC) AS in_month"
                       " FROM nps_responses n JOIN advocates a ON a.id = n.advocate_id"
                       " JOIN accounts c ON c.id = a.account_id"
                       " WHERE n.responded_on BETWEEN ? AND ? AND") +
            KpiScope::advocateFilter() + QStringLiteral(") SELECT '', ") + categorySums() +
            QStringLiteral(" FROM latest WHERE in_range = 1"
                           " UNION ALL SELECT month, ") +
            categorySums() + QStringLiteral(" FROM latest WHERE in_month = 1 GROUP BY month ORDER BY 1"));
    scope.bindRange(sql);
    scope.bindAdvocateFilter(sql);
    bindCategories(sql, scope.rules);
    bindCategories(sql, scope.rules);
    if (Status status = sql.exec(); !status)
        return status;
    while (sql.next()) {
        const NpsSummary summary{sql.value(1).toInt(), sql.value(2).toInt(), sql.value(3).toInt()};
        const QString month = sql.value(0).toString();
        if (month.isEmpty())
            report.nps.range = summary;
        else
            report.nps.trend << NpsMonth{month, summary};
    }
    return {};
}

} // namespace ad::kpi
