#include "Nps.h"

namespace ad {

NpsCategory classifyNps(int score, const ProgrammeRules &rules)
{
    if (score <= rules.npsDetractorMax)
        return NpsCategory::Detractor;
    if (score <= rules.npsPassiveMax)
        return NpsCategory::Passive;
    return NpsCategory::Promoter;
}

double NpsSummary::score() const
{
    const int n = total();
    if (n == 0)
        return 0.0;
    return 100.0 * (promoters - detractors) / n;
}

} // namespace ad
