// report: the programme report as a PDF, the same document the dashboard exports.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "KpiOptions.h"
#include "dashboard/KpiSummary.h"
#include "dashboard/ProgrammeReport.h"
#include "kpi/KpiEngine.h"

#include <QDir>

#include <QJsonObject>

namespace ad {

ExitCode runReport(const Invocation &invocation, CliOutput &output)
{
    ExitCode failure = ExitCode::Usage;
    const std::optional<KpiRangeOptions> range = parseKpiRange(invocation, output, failure);
    if (!range)
        return failure;
    const QString path = invocation.value(QStringLiteral("--out"));
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Services &services = (*context)->services();
    KpiQuery query = kpiQueryFor(*range, invocation, services);
    query.withIds = false;
    Result<DashboardResult> result = computeDashboard(KpiEngine(services.context(), services.rules()), query);
    if (!result)
        return output.refused(result.error());
    if (Status written = ProgrammeReport::write(path, *result, services.clock().today()); !written)
        return output.refused(written.error());
    output.result(Cli::tr("Programme report for %1 (%2) written to %3: %n pages.", nullptr,
                          ProgrammeReport::pageCount())
                      .arg(KpiSummary::range(query), KpiSummary::filters(query), QDir::toNativeSeparators(path)),
                  QJsonObject{{QStringLiteral("out"), path},
                              {QStringLiteral("from"), query.from.toString(Qt::ISODate)},
                              {QStringLiteral("to"), query.to.toString(Qt::ISODate)},
                              {QStringLiteral("pages"), ProgrammeReport::pageCount()}});
    return ExitCode::Success;
}

} // namespace ad
