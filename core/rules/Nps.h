#pragma once

#include "ProgrammeRules.h"

namespace ad {

enum class NpsCategory
{
    Detractor,
    Passive,
    Promoter
};

NpsCategory classifyNps(int score, const ProgrammeRules &rules = {});

// Counts of one population's responses and the score they give.
struct NpsSummary
{
    int promoters = 0;
    int passives = 0;
    int detractors = 0;

    int total() const { return promoters + passives + detractors; }
    // % promoters − % detractors, −100..100; 0 when nobody answered.
    double score() const;
    bool operator==(const NpsSummary &) const = default;
};

} // namespace ad
