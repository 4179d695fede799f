#pragma once

#include "rules/Readiness.h"

#include <QString>

namespace ad {

class SqlQuery;

// The readiness score (rules/Readiness.h) as an SQL expression over the
// advocates table aliased `a`, so lists can sort and show it without loading
// the signals into C++. It takes seven bound values: bind them with
// bindReadinessWeights at the point where the expression appears.
QString readinessSql();
void bindReadinessWeights(SqlQuery &query, const ReadinessWeights &weights);

} // namespace ad
