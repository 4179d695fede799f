#pragma once

#include "KpiDrillDown.h"
#include "KpiQuery.h"
#include "KpiResults.h"
#include "rules/ProgrammeRules.h"
#include "services/ServiceContext.h"
#include "util/Result.h"

#include <optional>

namespace ad {

struct KpiScope;

// The programme's dashboard numbers for a date range and filters, computed with
// SQL aggregates (no table is read into memory). Read-only; a worker thread may
// run it over its own connection.
class KpiEngine
{
public:
    KpiEngine(const ServiceContext &context, const ProgrammeRules &rules) : m_context(context), m_rules(rules)
    {
    }

    // Every KPI. Invalid when the range is missing or backwards, a segment or
    // tier is unknown; NotFound when no user has the CSM's name.
    Result<KpiReport> compute(const KpiQuery &query) const;

    // The advocates or requests one KPI cell counted for `query`: exactly the
    // rows behind the number (same filters, same range, same rules), by name.
    Result<QList<KpiDrillRow>> drillDown(const KpiQuery &query, const KpiCell &cell) const;

    // The default dashboard range: kpiDefaultRangeDays ending today (both ends included).
    KpiQuery defaultQuery() const;

    const ProgrammeRules &rules() const { return m_rules; }

private:
    Result<std::optional<QString>> resolveOwner(const QString &csm) const;
    // Checks the query and resolves its CSM: the scope every KPI query runs in.
    Result<QString> validatedOwner(const KpiQuery &query) const;
    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
