#pragma once

#include "domain/Advocate.h"

#include <array>

namespace ad {

// Relative weight of each signal in the readiness score (programme settings may
// change them; these are the defaults).
struct ReadinessWeights
{
    std::array<int, kSignalCount> weights{20, 20, 15, 10, 15, 20};
    int total() const;
};

struct ReadinessPart
{
    Signal signal;
    int value;        // 0..5 as rated
    double points;    // contribution to the 0..100 score
    double maxPoints; // what this signal could contribute at 5
};

// 0..100: the weighted share of the maximum rating across the six signals.
int readinessScore(const Signals &values, const ReadinessWeights &weights = {});
std::array<ReadinessPart, kSignalCount> readinessBreakdown(const Signals &values,
                                                           const ReadinessWeights &weights = {});

} // namespace ad
