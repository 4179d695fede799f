#include "KpiGroups.h"

#include "domain/Enums.h"
#include "storage/Database.h"
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
            columns << scope.context.db.dialect().stringAgg(QStringLiteral("a.id"), QStringLiteral("','")) +
                           QStringLiteral(" FILTER (WHERE a.journey_stage = ?)");
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

namespace {

// Days in the current status, measured to the range's end; a status entered after
// it did not exist yet then and is left out of the median. Each median is read
// straight off nominations_status (status, status_changed_at): given how many rows
// a status has (`eligible`), skip to the middle one or two in that order. Days fall
// as status_changed_at rises, and the middle of a list is the middle either way.
Status fillMedians(const KpiScope &scope, QList<PipelineStatus> &pipeline,
                   const QHash<QString, qint64> &eligible)
{
    const QString to = scope.query.to.toString(Qt::ISODate);
    // With filters, the advocates they keep are listed once for all statuses.
    QString sql = scope.filtersAdvocates() ? QStringLiteral("WITH scoped AS MATERIALIZED (SELECT a.id") +
                                                 scope.advocatesInScope() + QStringLiteral(") ")
                                           : QString();
    const QString inScope =
        scope.filtersAdvocates() ? QStringLiteral(" AND n.advocate_id IN (SELECT id FROM scoped)") : QString();
    QList<PipelineStatus *> asked;
    for (PipelineStatus &row : pipeline) {
        if (eligible.value(row.status) == 0)
            continue;
        sql += (asked.isEmpty() ? QString() : QStringLiteral(" UNION ALL ")) +
               QStringLiteral("SELECT CAST(? AS TEXT), (SELECT avg(days) FROM (SELECT ") +
               scope.context.db.dialect().daysBetween(QStringLiteral("CAST(? AS TEXT)"),
                                                      QStringLiteral("substr(n.status_changed_at, 1, 10)")) +
               QStringLiteral(" AS days FROM nominations n"
                              " WHERE n.status = ? AND substr(n.status_changed_at, 1, 10) <= ?") +
               inScope + QStringLiteral(" ORDER BY n.status_changed_at LIMIT ? OFFSET ?) AS middle)");
        asked << &row;
    }
    if (asked.isEmpty())
        return {};
    SqlQuery medians(scope.context.db, sql);
    if (scope.filtersAdvocates())
        scope.bindAdvocateFilter(medians);
    for (const PipelineStatus *row : std::as_const(asked)) {
        const qint64 rows = eligible.value(row->status);
        medians.bind(row->status).bind(to).bind(row->status).bind(to);
        medians.bind(rows % 2 == 0 ? 2 : 1).bind((rows - 1) / 2);
    }
    if (Status status = medians.exec(); !status)
        return status;
    for (qsizetype i = 0; medians.next() && i < asked.size(); ++i)
        if (!medians.value(1).isNull())
            asked[i]->medianDaysInStatus = medians.value(1).toDouble();
    return {};
}

} // namespace

Status computePipeline(const KpiScope &scope, KpiReport &report)
{
    SqlQuery counts(scope.context.db,
                    QStringLiteral("SELECT n.status, count(*), count(*) FILTER (WHERE substr(n.status_changed_at, 1, 10) <= ?)"
                                   " FROM nominations n WHERE 1 = 1") +
                        scope.advocateIn(QStringLiteral("n.advocate_id")) +
                        QStringLiteral("GROUP BY n.status"));
    counts.bind(scope.query.to.toString(Qt::ISODate));
    scope.bindAdvocateFilter(counts);
    if (Status status = counts.exec(); !status)
        return status;
    report.pipeline.clear();
    for (NominationStatus status : allNominationStatusValues())
        report.pipeline << PipelineStatus{keyOf(status), 0, std::nullopt};
    QHash<QString, qint64> eligible;
    while (counts.next()) {
        eligible.insert(counts.value(0).toString(), counts.value(2).toLongLong());
        for (PipelineStatus &row : report.pipeline)
            if (row.status == counts.value(0).toString())
                row.count = counts.value(1).toInt();
    }
    return fillMedians(scope, report.pipeline, eligible);
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
            (scope.query.withIds
                 ? scope.context.db.dialect().stringAgg(QStringLiteral("advocate_id"), QStringLiteral("','"))
                 : QStringLiteral("NULL")) +
            QStringLiteral(" FROM (SELECT p.advocate_id FROM participations p WHERE ") +
            scope.context.db.dialect().noIndex(QStringLiteral("p.occurred_on")) + QStringLiteral(" BETWEEN ? AND ?") +
            scope.advocateIn(QStringLiteral("p.advocate_id")) + QStringLiteral("GROUP BY p.advocate_id) AS contributors"));
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
