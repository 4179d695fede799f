#include "KpiGroups.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad::kpi {

namespace {

// Promoters, passives, detractors among the rows where `counted` holds; the
// thresholds come from the programme rules (bound in bindCategories).
QString categorySums(const QString &counted)
{
    return QStringLiteral("count(*) FILTER (WHERE %1 AND score > ?),"
                          " count(*) FILTER (WHERE %1 AND score > ? AND score <= ?),"
                          " count(*) FILTER (WHERE %1 AND score <= ?)")
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
    // Each response looks up the advocate's next one in (date, rowid) order, one
    // step along nps_advocate_date: with none in the range it is the latest in the
    // range, with none in the same month the latest of its month. No response list
    // is sorted or windowed. The unary + keeps the planner from walking nps_date
    // (a row lookup per response in date order); LIMIT -1 keeps the subquery from
    // being flattened, which would repeat the lookup for every use of its result.
    // Each month row also carries the range counts of the latest responses in it;
    // their sum is the range. Dates are stored as ISO text (time::toStorage), so a
    // month is its first seven characters; strftime parsed and formatted every
    // response's date, a sixth of this query's time on 300,000 responses.
    SqlQuery sql(
        scope.context.db,
        QStringLiteral("WITH latest AS (SELECT score, month, next_day IS NULL AS in_range,"
                       "  (next_day IS NULL OR substr(next_day, 1, 7) IS DISTINCT FROM month) AS in_month"
                       " FROM (SELECT n.score, substr(n.responded_on, 1, 7) AS month,"
                       "  (SELECT m.responded_on FROM nps_responses m WHERE m.advocate_id = n.advocate_id"
                       "   AND (m.responded_on, m.rowid) > (n.responded_on, n.rowid) AND m.responded_on <= ?"
                       "   ORDER BY m.responded_on, m.rowid LIMIT 1) AS next_day"
                       "  FROM nps_responses n WHERE ") +
            scope.context.db.dialect().noIndex(QStringLiteral("n.responded_on")) + QStringLiteral(" BETWEEN ? AND ?") +
            scope.advocateIn(QStringLiteral("n.advocate_id")) + scope.context.db.dialect().noLimit() +
            QStringLiteral(") AS responses) SELECT month, ") +
            categorySums(QStringLiteral("in_range")) + QStringLiteral(", ") +
            categorySums(QStringLiteral("in_month")) +
            QStringLiteral(" FROM latest GROUP BY month ORDER BY month"));
    sql.bind(time::toStorage(scope.query.to));
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
