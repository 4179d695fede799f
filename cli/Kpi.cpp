// kpi: the programme's dashboard numbers for a date range.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Formatting.h"
#include "KpiOptions.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiJson.h"
#include "util/Formats.h"

#include <QJsonDocument>

namespace ad {

namespace {

QString percent(const std::optional<double> &value)
{
    return value ? QString(QString::number(*value * 100.0, 'f', 1) + QLatin1Char('%')) : QStringLiteral("–");
}

QString days(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("–");
}

QString nps(const NpsSummary &summary)
{
    return summary.total() > 0 ? QString::number(summary.score(), 'f', 1) : QStringLiteral("–");
}

// One table: KPI, detail, value; sections separated by their name in the first column.
// Amounts are in `currency`, the programme's.
QList<QStringList> tableOf(const KpiReport &report, const QString &currency)
{
    QList<QStringList> rows;
    auto row = [&](const QString &kpi, const QString &detail, const QString &value) {
        rows << QStringList{kpi, detail, value};
    };
    const NpsSummary &range = report.nps.range;
    row(Cli::tr("NPS"), Cli::tr("score"), nps(range));
    row({}, Cli::tr("promoters / passives / detractors"),
        QStringLiteral("%1 / %2 / %3").arg(range.promoters).arg(range.passives).arg(range.detractors));
    for (const NpsMonth &month : report.nps.trend)
        row({}, month.month, nps(month.summary));
    for (const FunnelStage &stage : report.funnel)
        row(stage.stage == 1 ? Cli::tr("Journey funnel") : QString(), journeyStageName(stage.stage),
            QStringLiteral("%1 (→ next %2)").arg(stage.count).arg(percent(stage.conversionToNext)));
    bool first = true;
    for (const PipelineStatus &status : report.pipeline) {
        row(first ? Cli::tr("Nomination pipeline") : QString(), status.status,
            Cli::tr("%1 (median %2 days)").arg(status.count).arg(days(status.medianDaysInStatus)));
        first = false;
    }
    first = true;
    for (Tier tier : allTierValues()) { // in tier order, not alphabetical
        row(first ? Cli::tr("Tiers") : QString(), displayName(tier),
            QString::number(report.tiers.value(keyOf(tier))));
        first = false;
    }
    row(Cli::tr("Participation"),
        Cli::tr("%1 of %2 advocates")
            .arg(report.participation.participants)
            .arg(report.participation.advocates),
        percent(report.participation.rate));
    // Per type over the whole range here; --json keeps the month-by-month rows.
    QMap<QString, int> byType;
    for (const MonthlyCount &count : report.contributions)
        byType[count.activityType] += count.count;
    first = true;
    for (auto it = byType.begin(); it != byType.end(); ++it, first = false)
        row(first ? Cli::tr("Contributions") : QString(), it.key(), QString::number(it.value()));
    const AskLoadKpi &load = report.askLoad;
    row(Cli::tr("Ask load"), Cli::tr("advocates asked 0 / 1 / 2 / 3+ times"),
        QStringLiteral("%1 / %2 / %3 / %4")
            .arg(load.histogram[0])
            .arg(load.histogram[1])
            .arg(load.histogram[2])
            .arg(load.histogram[3]));
    row({}, Cli::tr("fatigued (at the ask cap)"), QString::number(load.fatigued));
    row(Cli::tr("Referrals"), Cli::tr("won / all (won value)"),
        QStringLiteral("%1 / %2 (%3)")
            .arg(report.referrals.won)
            .arg(report.referrals.count)
            .arg(Formats::money(report.referrals.wonValue, currency)));
    const RevenueKpi &revenue = report.revenue;
    row(Cli::tr("Revenue"), Cli::tr("reference-influenced revenue"),
        Formats::money(revenue.influencedRevenue, currency));
    row({}, Cli::tr("win rate with a reference"), percent(revenue.withReference.rate));
    row({}, Cli::tr("win rate without a reference"), percent(revenue.withoutReference.rate));
    row(Cli::tr("Reference coverage"),
        Cli::tr("%1 of %2 open requests").arg(report.coverage.covered).arg(report.coverage.openRequests),
        percent(report.coverage.coverage));
    row({}, Cli::tr("median days to fulfil"), days(report.coverage.medianDaysToFulfil));
    row(Cli::tr("Retention"), Cli::tr("advocate accounts"), percent(report.retention.advocates.rate));
    row({}, Cli::tr("non-advocate accounts"), percent(report.retention.nonAdvocates.rate));
    first = true;
    for (auto it = report.followUpDebt.begin(); it != report.followUpDebt.end(); ++it, first = false)
        row(first ? Cli::tr("Follow-up debt") : QString(), it.key(), QString::number(it.value()));
    return rows;
}

} // namespace

std::optional<KpiRangeOptions> parseKpiRange(const Invocation &invocation, CliOutput &output,
                                             ExitCode &failure)
{
    KpiRangeOptions range;
    for (const auto &[option, date] :
         {std::pair{QStringLiteral("--from"), &range.from}, std::pair{QStringLiteral("--to"), &range.to}}) {
        if (!invocation.has(option))
            continue;
        const QDate parsed = QDate::fromString(invocation.value(option), Qt::ISODate);
        if (!parsed.isValid()) {
            failure = output.usageError(Cli::tr("%1 needs a date such as 2026-07-01, not “%2”.")
                                            .arg(option, invocation.value(option)),
                                        invocation.command->name);
            return std::nullopt;
        }
        *date = parsed;
    }
    return range;
}

KpiQuery kpiQueryFor(const KpiRangeOptions &range, const Invocation &invocation, Services &services)
{
    KpiQuery query = KpiEngine(services.context(), services.rules()).defaultQuery();
    if (range.to) {
        query.to = *range.to;
        if (!range.from)
            query.from = query.to.addDays(-(services.rules().kpiDefaultRangeDays - 1));
    }
    if (range.from)
        query.from = *range.from;
    query.csm = invocation.value(QStringLiteral("--csm"));
    return query;
}

ExitCode runKpi(const Invocation &invocation, CliOutput &output)
{
    ExitCode failure = ExitCode::Usage;
    const std::optional<KpiRangeOptions> range = parseKpiRange(invocation, output, failure);
    if (!range)
        return failure;
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Services &services = (*context)->services();
    const KpiEngine engine(services.context(), services.rules());
    KpiQuery query = kpiQueryFor(*range, invocation, services);
    query.withIds = false;
    Result<KpiReport> report = engine.compute(query);
    if (!report)
        return output.refused(report.error());

    if (invocation.has(QStringLiteral("--json"))) {
        output.out() << QString::fromUtf8(
            QJsonDocument(kpiReportToJson(query, *report)).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    output.out()
        << Cli::tr("KPIs from %1 to %2").arg(query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate))
        << Qt::endl;
    for (const QString &line : alignedRows(tableOf(*report, services.rules().currency)))
        output.out() << line << Qt::endl;
    return ExitCode::Success;
}

} // namespace ad
