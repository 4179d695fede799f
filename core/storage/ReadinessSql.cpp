#include "ReadinessSql.h"

#include "SqlQuery.h"

namespace ad {

QString readinessSql()
{
    return QStringLiteral(
        "CAST(round((? * a.signal_satisfaction + ? * a.signal_outcomes + ? * a.signal_relationship"
        " + ? * a.signal_communication + ? * a.signal_company_fit + ? * a.signal_willingness)"
        " * 100.0 / ?) AS INTEGER)");
}

void bindReadinessWeights(SqlQuery &query, const ReadinessWeights &weights)
{
    for (int weight : weights.weights)
        query.bind(weight);
    query.bind(qMax(1, weights.total() * kSignalMax));
}

} // namespace ad
