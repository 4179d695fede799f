#include "KpiGroups.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace ad::kpi {

namespace {

void fill(WinRate &rate, const SqlQuery &sql)
{
    rate.won = sql.value(1).toInt();
    rate.lost = sql.value(2).toInt();
    rate.wonAmount = sql.value(3).toLongLong();
    rate.rate = ratio(rate.won, rate.won + rate.lost);
}

} // namespace

Status computeRevenue(const KpiScope &scope, KpiReport &report)
{
    // Decided requests (won or lost) opened in the range; requests carry no
    // decision date, so the range reads the date the ask came in.
    SqlQuery sql(scope.context.db,
                 QStringLiteral("WITH d AS (SELECT r.id, r.outcome, r.outcome_amount, ") + hasReferenceSql() +
                     QStringLiteral(" AS ref FROM requests r WHERE r.outcome IN ('won', 'lost')"
                                    " AND r.opened_on BETWEEN ? AND ? AND") +
                     KpiScope::requestFilter() +
                     QStringLiteral(") SELECT ref, count(*) FILTER (WHERE outcome = 'won'),"
                                    " count(*) FILTER (WHERE outcome = 'lost'),"
                                    " sum(CASE WHEN outcome = 'won' THEN outcome_amount ELSE 0 END), ") +
                     scope.context.db.dialect().stringAgg(QStringLiteral("id"), QStringLiteral("','")) +
                     QStringLiteral(" FROM d GROUP BY ref"));
    scope.bindRange(sql);
    scope.bindRequestFilter(sql);
    if (Status status = sql.exec(); !status)
        return status;
    RevenueKpi &kpi = report.revenue;
    while (sql.next()) {
        if (sql.value(0).toInt() != 0) {
            fill(kpi.withReference, sql);
            if (scope.query.withIds)
                kpi.withReferenceIds = splitIds(sql.value(4));
        } else {
            fill(kpi.withoutReference, sql);
        }
    }
    kpi.influencedRevenue = kpi.withReference.wonAmount;
    return {};
}

Status computeCoverage(const KpiScope &scope, KpiReport &report)
{
    CoverageKpi &kpi = report.coverage;
    // Open as of the range's end: opened by then and still in play now.
    SqlQuery open(
        scope.context.db,
        QStringLiteral("WITH o AS (SELECT r.id, EXISTS (SELECT 1 FROM asks s WHERE s.request_id = r.id"
                       " AND s.answer = 'accepted') AS covered FROM requests r WHERE ") +
            openRequestSql() + QStringLiteral(" AND r.opened_on <= ? AND") + KpiScope::requestFilter() +
            QStringLiteral(") SELECT count(*), count(*) FILTER (WHERE covered), ") +
            scope.context.db.dialect().stringAgg(QStringLiteral("CASE WHEN NOT covered THEN id END"),
                                                 QStringLiteral("','")) +
            QStringLiteral(" FROM o"));
    open.bind(scope.query.to.toString(Qt::ISODate));
    scope.bindRequestFilter(open);
    if (Status status = open.exec(); !status)
        return status;
    if (open.next()) {
        kpi.openRequests = open.value(0).toInt();
        kpi.covered = open.value(1).toInt();
        kpi.coverage = ratio(kpi.covered, kpi.openRequests);
        if (scope.query.withIds)
            kpi.uncoveredIds = splitIds(open.value(2));
    }

    // Time to fulfil: requests opened in the range, from opening to the first
    // accepted answer; requests nobody accepted yet have no such time.
    SqlQuery fulfil(
        scope.context.db,
        medianSql(QStringLiteral("SELECT '' AS grp, ") +
                  scope.context.db.dialect().daysBetween(QStringLiteral("min(s.answered_on)"),
                                                         QStringLiteral("r.opened_on")) +
                  QStringLiteral(" AS days FROM requests r"
                                 " JOIN asks s ON s.request_id = r.id AND s.answer = 'accepted'"
                                 " WHERE s.answered_on IS NOT NULL AND r.opened_on BETWEEN ? AND ? AND") +
                  KpiScope::requestFilter() + QStringLiteral("GROUP BY r.id")));
    scope.bindRange(fulfil);
    scope.bindRequestFilter(fulfil);
    if (Status status = fulfil.exec(); !status)
        return status;
    if (fulfil.next())
        kpi.medianDaysToFulfil = fulfil.value(1).toDouble();
    return {};
}

} // namespace ad::kpi
