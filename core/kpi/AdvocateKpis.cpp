#include "KpiGroups.h"

#include "domain/Enums.h"
#include "storage/SqlQuery.h"

namespace ad::kpi {

Status computeFunnel(const KpiScope &scope, KpiReport &report)
{
    // One pass in table order with an aggregate per stage: grouping would walk the
    // stage index and fetch each advocate's row out of order for its id.
    QStringList columns;
    for (int stage = 1; stage <= kLastJourneyStage; ++stage) {
        columns << QStringLiteral("count(*) FILTER (WHERE a.journey_stage = ?)");
        if (scope.query.withIds)
            columns << QStringLiteral("group_concat(a.id) FILTER (WHERE a.journey_stage = ?)");
    }
    SqlQuery sql(scope.context.db,
                 QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + scope.advocatesInScope());
    for (int stage = 1; stage <= kLastJourneyStage; ++stage) {
        sql.bind(stage);
        if (scope.query.withIds)
            sql.bind(stage);
    }
    scope.bindAdvocateFilter(sql);
    if (Status status = sql.exec(); !status)
        return status;
    report.funnel.clear();
    const bool found = sql.next();
    const int perStage = scope.query.withIds ? 2 : 1;
    for (int stage = 1; stage <= kLastJourneyStage; ++stage) {
        FunnelStage row{stage, 0, 0, std::nullopt, {}};
        if (found) {
            row.count = sql.value((stage - 1) * perStage).toInt();
            if (scope.query.withIds)
                row.advocateIds = splitIds(sql.value((stage - 1) * perStage + 1));
        }
        report.funnel << row;
    }
    // Stages are a progression: whoever stands at stage 4 went through 1..3.
    int reached = 0;
    for (int stage = kLastJourneyStage; stage >= 1; --stage) {
        reached += report.funnel[stage - 1].count;
        report.funnel[stage - 1].reached = reached;
    }
    for (int stage = 1; stage < kLastJourneyStage; ++stage)
        report.funnel[stage - 1].conversionToNext =
            ratio(report.funnel[stage].reached, report.funnel[stage - 1].reached);
    return {};
}

Status computeTiers(const KpiScope &scope, KpiReport &report)
{
    SqlQuery sql(scope.context.db, QStringLiteral("SELECT a.tier, count(*)") + scope.advocatesInScope() +
                                       QStringLiteral("GROUP BY a.tier"));
    scope.bindAdvocateFilter(sql);
    if (Status status = sql.exec(); !status)
        return status;
    report.tiers.clear();
    for (Tier tier : allTierValues())
        report.tiers.insert(keyOf(tier), 0);
    while (sql.next())
        report.tiers.insert(sql.value(0).toString(), sql.value(1).toInt());
    return {};
}

Status computePipeline(const KpiScope &scope, KpiReport &report)
{
    const QString advocates = scope.advocateIn(QStringLiteral("n.advocate_id"));
    SqlQuery counts(scope.context.db, QStringLiteral("SELECT n.status, count(*) FROM nominations n WHERE 1") +
                                          advocates + QStringLiteral("GROUP BY n.status"));
    scope.bindAdvocateFilter(counts);
    if (Status status = counts.exec(); !status)
        return status;
    report.pipeline.clear();
    for (NominationStatus status : allNominationStatusValues())
        report.pipeline << PipelineStatus{keyOf(status), 0, std::nullopt};
    auto rowOf = [&](const QString &key) -> PipelineStatus * {
        for (PipelineStatus &row : report.pipeline)
            if (row.status == key)
                return &row;
        return nullptr;
    };
    while (counts.next())
        if (PipelineStatus *row = rowOf(counts.value(0).toString()))
            row->count = counts.value(1).toInt();

    // Days in the current status, measured to the range's end; a status entered
    // after it did not exist yet then and is left out of the median.
    SqlQuery medians(
        scope.context.db,
        medianSql(QStringLiteral("SELECT n.status AS grp, julianday(?) -"
                                 " julianday(substr(n.status_changed_at, 1, 10)) AS days"
                                 " FROM nominations n WHERE substr(n.status_changed_at, 1, 10) <= ?") +
                  advocates));
    medians.bind(scope.query.to.toString(Qt::ISODate)).bind(scope.query.to.toString(Qt::ISODate));
    scope.bindAdvocateFilter(medians);
    if (Status status = medians.exec(); !status)
        return status;
    while (medians.next())
        if (PipelineStatus *row = rowOf(medians.value(0).toString()))
            row->medianDaysInStatus = medians.value(1).toDouble();
    return {};
}

Status computeParticipation(const KpiScope &scope, KpiReport &report)
{
    // The contributors in the range from one pass over participations_advocate_date,
    // grouped in its order (the unary + keeps the planner off the date indexes, which
    // would need a sort), instead of a lookup per advocate.
    SqlQuery sql(
        scope.context.db,
        QStringLiteral("SELECT (SELECT count(*)") + scope.advocatesInScope() +
            QStringLiteral("), count(*), ") +
            (scope.query.withIds ? QStringLiteral("group_concat(advocate_id)") : QStringLiteral("NULL")) +
            QStringLiteral(" FROM (SELECT p.advocate_id FROM participations p"
                           " WHERE +p.occurred_on BETWEEN ? AND ?") +
            scope.advocateIn(QStringLiteral("p.advocate_id")) + QStringLiteral("GROUP BY p.advocate_id)"));
    scope.bindAdvocateFilter(sql);
    scope.bindRange(sql);
    scope.bindAdvocateFilter(sql);
    if (Status status = sql.exec(); !status)
        return status;
    if (!sql.next())
        return {};
    ParticipationKpi &kpi = report.participation;
    kpi.advocates = sql.value(0).toInt();
    kpi.participants = sql.value(1).toInt();
    kpi.rate = ratio(kpi.participants, kpi.advocates);
    if (scope.query.withIds)
        kpi.participantIds = splitIds(sql.value(2));
    return {};
}

} // namespace ad::kpi
