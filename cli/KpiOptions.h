#pragma once

#include "Cli.h"
#include "kpi/KpiQuery.h"

#include <optional>

namespace ad {

class CliOutput;
class Services;
struct Invocation;

// --from and --to as typed, checked before the database opens: a typo is a
// usage error, not a refusal.
struct KpiRangeOptions
{
    std::optional<QDate> from;
    std::optional<QDate> to;
};

// The parsed range, or the exit code of the usage error already reported.
std::optional<KpiRangeOptions> parseKpiRange(const Invocation &invocation, CliOutput &output,
                                             ExitCode &failure);
// The query `kpi` and `report` run: the default range (the last
// kpiDefaultRangeDays ending today) narrowed by the options, and --csm.
KpiQuery kpiQueryFor(const KpiRangeOptions &range, const Invocation &invocation, Services &services);

} // namespace ad
