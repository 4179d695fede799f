#include "Readiness.h"

#include <cmath>

namespace ad {

int ReadinessWeights::total() const
{
    int sum = 0;
    for (int weight : weights)
        sum += weight;
    return sum;
}

std::array<ReadinessPart, kSignalCount> readinessBreakdown(const Signals &values, const ReadinessWeights &weights)
{
    std::array<ReadinessPart, kSignalCount> parts{};
    const int total = weights.total();
    for (int i = 0; i < kSignalCount; ++i) {
        const double share = total > 0 ? 100.0 * weights.weights[i] / total : 0.0;
        parts[i] = ReadinessPart{static_cast<Signal>(i), values.values[i], share * values.values[i] / kSignalMax,
                                 share};
    }
    return parts;
}

int readinessScore(const Signals &values, const ReadinessWeights &weights)
{
    double sum = 0;
    for (const ReadinessPart &part : readinessBreakdown(values, weights))
        sum += part.points;
    return static_cast<int>(std::lround(sum));
}

} // namespace ad
