#pragma once

#include "KpiQuery.h"
#include "KpiResults.h"

#include <QJsonObject>

namespace ad {

// The report as one JSON object keyed by KPI name ("nps", "funnel", ...), for
// scripts and exports. Ratios are fractions 0..1, or null when there is no data;
// drill-down ids are left out (they belong to an interactive dashboard).
QJsonObject kpiReportToJson(const KpiQuery &query, const KpiReport &report);

} // namespace ad
