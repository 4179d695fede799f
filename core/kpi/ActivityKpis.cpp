#include "KpiGroups.h"

#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad::kpi {

Status computeContributions(const KpiScope &scope, KpiReport &report)
{
    SqlQuery sql(
        scope.context.db,
        QStringLiteral("SELECT strftime('%Y-%m', p.occurred_on), t.name, count(*)"
                       " FROM participations p JOIN activity_types t ON t.id = p.activity_type_id"
                       " JOIN advocates a ON a.id = p.advocate_id JOIN accounts c ON c.id = a.account_id"
                       " WHERE p.occurred_on BETWEEN ? AND ? AND") +
            KpiScope::advocateFilter() + QStringLiteral("GROUP BY 1, 2 ORDER BY 1, 2"));
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
    SqlQuery sql(
        scope.context.db,
        QStringLiteral("WITH f AS (SELECT a.id,"
                       " (SELECT count(*) FROM asks s WHERE s.advocate_id = a.id"
                       "   AND s.asked_on BETWEEN ? AND ?) AS asked,"
                       " (SELECT count(*) FROM asks s JOIN activity_types t ON t.id = s.activity_type_id"
                       "   WHERE s.advocate_id = a.id AND t.counts_toward_cap = 1"
                       "   AND s.asked_on > ? AND s.asked_on <= ?) AS capped"
                       " FROM advocates a JOIN accounts c ON c.id = a.account_id WHERE") +
            KpiScope::advocateFilter() +
            QStringLiteral(") SELECT coalesce(sum(asked = 0), 0), coalesce(sum(asked = 1), 0),"
                           " coalesce(sum(asked = 2), 0), coalesce(sum(asked >= 3), 0),"
                           " coalesce(sum(capped >= ?), 0), group_concat(CASE WHEN capped >= ? THEN id END)"
                           " FROM f"));
    scope.bindRange(sql);
    sql.bind(time::toStorage(scope.query.to.addDays(-scope.rules.askCapWindowDays)))
        .bind(time::toStorage(scope.query.to));
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
                 QStringLiteral("SELECT count(*), coalesce(sum(rf.status = 'won'), 0),"
                                " coalesce(sum(CASE WHEN rf.status = 'won' THEN rf.value ELSE 0 END), 0),"
                                " coalesce(sum(rf.value), 0)"
                                " FROM referrals rf JOIN advocates a ON a.id = rf.advocate_id"
                                " JOIN accounts c ON c.id = a.account_id"
                                " WHERE rf.referred_on BETWEEN ? AND ? AND") +
                     KpiScope::advocateFilter());
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
