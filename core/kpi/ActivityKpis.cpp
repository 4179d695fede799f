#include "KpiGroups.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad::kpi {

Status computeContributions(const KpiScope &scope, KpiReport &report)
{
    // Counted per day and activity type first, in the order of participations_date_type
    // (no sort, no row lookups), then per month: the second grouping sorts at most
    // one row per day and type. Types are named once per group (names are unique).
    SqlQuery sql(
        scope.context.db,
        QStringLiteral("SELECT d.month, t.name, sum(d.n) FROM (SELECT substr(p.occurred_on, 1, 7)"
                       " AS month, p.activity_type_id AS type, count(*) AS n FROM participations p"
                       " WHERE p.occurred_on BETWEEN ? AND ?") +
            scope.advocateIn(QStringLiteral("p.advocate_id")) +
            QStringLiteral("GROUP BY p.occurred_on, p.activity_type_id) d"
                           " JOIN activity_types t ON t.id = d.type GROUP BY 1, 2 ORDER BY 1, 2"));
    scope.bindRange(sql);
    scope.bindAdvocateFilter(sql);
    if (Status status = sql.exec(); !status)
        return status;
    report.contributions.clear();
    while (sql.next())
        report.contributions << MonthlyCount{sql.value(0).toString(), sql.value(1).toString(),
                                             sql.value(2).toInt()};
    return {};
}

Status computeAskLoad(const KpiScope &scope, KpiReport &report)
{
    // Load: every ask in the range. Fatigue: the matcher's own cap test (asks of
    // capped activity types in the rolling cap window), taken at the range's end.
    // Counted per advocate from the asks themselves; whoever has no ask in the range
    // is in bucket 0, so that bucket is the advocates in scope minus the others.
    SqlQuery sql(
        scope.context.db,
        QStringLiteral("WITH f AS (SELECT s.advocate_id AS id, count(*) FILTER (WHERE s.asked_on BETWEEN ? AND ?)"
                       " AS asked, count(*) FILTER (WHERE t.counts_toward_cap = 1 AND s.asked_on > ?"
                       " AND s.asked_on <= ?) AS capped"
                       " FROM asks s LEFT JOIN activity_types t ON t.id = s.activity_type_id WHERE 1 = 1") +
            scope.advocateIn(QStringLiteral("s.advocate_id")) +
            QStringLiteral("GROUP BY s.advocate_id) SELECT (SELECT count(*)") + scope.advocatesInScope() +
            QStringLiteral(") - count(*) FILTER (WHERE asked >= 1), count(*) FILTER (WHERE asked = 1),"
                           " count(*) FILTER (WHERE asked = 2), count(*) FILTER (WHERE asked >= 3),"
                           " count(*) FILTER (WHERE capped >= ?), ") +
            scope.context.db.dialect().stringAgg(QStringLiteral("CASE WHEN capped >= ? THEN id END"),
                                                 QStringLiteral("','")) +
            QStringLiteral(" FROM f"));
    scope.bindRange(sql);
    sql.bind(time::toStorage(scope.query.to.addDays(-scope.rules.askCapWindowDays)))
        .bind(time::toStorage(scope.query.to));
    scope.bindAdvocateFilter(sql);
    scope.bindAdvocateFilter(sql);
    sql.bind(scope.rules.askCap).bind(scope.rules.askCap);
    if (Status status = sql.exec(); !status)
        return status;
    if (!sql.next())
        return {};
    AskLoadKpi &kpi = report.askLoad;
    for (int bucket = 0; bucket < int(kpi.histogram.size()); ++bucket)
        kpi.histogram[std::size_t(bucket)] = sql.value(bucket).toInt();
    kpi.fatigued = sql.value(4).toInt();
    if (scope.query.withIds)
        kpi.fatiguedIds = splitIds(sql.value(5));
    return {};
}

Status computeReferrals(const KpiScope &scope, KpiReport &report)
{
    SqlQuery sql(scope.context.db,
                 QStringLiteral("SELECT count(*), count(*) FILTER (WHERE rf.status = 'won'),"
                                " coalesce(sum(CASE WHEN rf.status = 'won' THEN rf.value ELSE 0 END), 0),"
                                " coalesce(sum(rf.value), 0)"
                                " FROM referrals rf WHERE rf.referred_on BETWEEN ? AND ?") +
                     scope.advocateIn(QStringLiteral("rf.advocate_id")));
    scope.bindRange(sql);
    scope.bindAdvocateFilter(sql);
    if (Status status = sql.exec(); !status)
        return status;
    if (!sql.next())
        return {};
    ReferralKpi &kpi = report.referrals;
    kpi.count = sql.value(0).toInt();
    kpi.won = sql.value(1).toInt();
    kpi.wonValue = sql.value(2).toLongLong();
    kpi.totalValue = sql.value(3).toLongLong();
    kpi.conversion = ratio(kpi.won, kpi.count);
    return {};
}

} // namespace ad::kpi
