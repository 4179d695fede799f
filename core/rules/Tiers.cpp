#include "Tiers.h"

namespace ad {

Tier recommendTier(int trailingPoints, bool hasHighBarrierContribution, const ProgrammeRules &rules)
{
    const QList<Tier> tiers = allTierValues(); // Community, Silver, Gold, VIP
    Tier best = Tier::Community;
    for (qsizetype i = 0; i < tiers.size() && i < qsizetype(rules.tierThresholds.size()); ++i)
        if (trailingPoints >= rules.tierThresholds[size_t(i)])
            best = tiers.at(i);
    if (best == Tier::Vip && !hasHighBarrierContribution)
        best = Tier::Gold;
    return best;
}

} // namespace ad
