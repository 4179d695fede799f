#pragma once

#include "KpiResults.h"
#include "KpiScope.h"
#include "util/Result.h"

// One function per KPI group, each filling its part of the report with SQL
// aggregates. KpiEngine runs them all; a dashboard panel may run one alone.
namespace ad::kpi {

// NpsKpis.cpp
Status computeNps(const KpiScope &scope, KpiReport &report);

// AdvocateKpis.cpp: who the programme holds, as of now (stages, tiers and
// nomination statuses keep no dated history of their own).
Status computeFunnel(const KpiScope &scope, KpiReport &report);
Status computeTiers(const KpiScope &scope, KpiReport &report);
Status computePipeline(const KpiScope &scope, KpiReport &report);
Status computeParticipation(const KpiScope &scope, KpiReport &report);

// ActivityKpis.cpp
Status computeContributions(const KpiScope &scope, KpiReport &report);
Status computeAskLoad(const KpiScope &scope, KpiReport &report);
Status computeReferrals(const KpiScope &scope, KpiReport &report);

// RequestKpis.cpp
Status computeRevenue(const KpiScope &scope, KpiReport &report);
Status computeCoverage(const KpiScope &scope, KpiReport &report);

// AccountKpis.cpp
Status computeRetention(const KpiScope &scope, KpiReport &report);
Status computeFollowUpDebt(const KpiScope &scope, KpiReport &report);

} // namespace ad::kpi
