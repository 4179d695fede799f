#include "KpiGroups.h"

#include "storage/SqlQuery.h"

namespace ad::kpi {

namespace {

// Promoters, passives, detractors among the rows where `counted` holds; the
// thresholds come from the programme rules (bound in bindCategories).
QString categorySums(const QString &counted)
{
    return QStringLiteral(
               "SUM(%1 AND score > ?), SUM(%1 AND score > ? AND score <= ?), SUM(%1 AND score <= ?)")
        .arg(counted);
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
    // A window over each advocate's responses in (date, rowid) order, the order of
    // nps_advocate_date, so nothing is sorted for it: a response is the advocate's
    // latest in the range when no response follows it, and the latest of its month
    // when none of the same month does. The unary + keeps the planner off nps_date,
    // which would need that sort. Each month row also carries the range counts of
    // the latest responses that fall in it; their sum is the range.
    SqlQuery sql(
        scope.context.db,
        QStringLiteral("WITH w AS (SELECT n.score, strftime('%Y-%m', n.responded_on) AS month,"
                       " LEAD(n.rowid) OVER next IS NULL AS last,"
                       " LEAD(strftime('%Y-%m', n.responded_on)) OVER next AS next_month"
                       " FROM nps_responses n WHERE +n.responded_on BETWEEN ? AND ?") +
            scope.advocateIn(QStringLiteral("n.advocate_id")) +
            QStringLiteral("WINDOW next AS (PARTITION BY n.advocate_id ORDER BY n.responded_on, n.rowid)),"
                           " latest AS (SELECT score, month, last AS in_range,"
                           "  (last OR next_month IS NOT month) AS in_month FROM w)"
                           " SELECT month, ") +
            categorySums(QStringLiteral("in_range")) + QStringLiteral(", ") +
            categorySums(QStringLiteral("in_month")) +
            QStringLiteral(" FROM latest GROUP BY month ORDER BY month"));
    scope.bindRange(sql);
    scope.bindAdvocateFilter(sql);
    bindCategories(sql, scope.rules);
    bindCategories(sql, scope.rules);
    if (Status status = sql.exec(); !status)
        return status;
    report.nps.range = NpsSummary{};
    report.nps.trend.clear();
    while (sql.next()) {
        NpsSummary &range = report.nps.range;
        range.promoters += sql.value(1).toInt();
        range.passives += sql.value(2).toInt();
        range.detractors += sql.value(3).toInt();
        const NpsSummary month{sql.value(4).toInt(), sql.value(5).toInt(), sql.value(6).toInt()};
        if (!sql.value(0).isNull())
            report.nps.trend << NpsMonth{sql.value(0).toString(), month};
    }
    return {};
}

} // namespace ad::kpi
