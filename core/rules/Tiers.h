#pragma once

#include "ProgrammeRules.h"
#include "domain/Enums.h"

namespace ad {

// The highest tier whose threshold the trailing points reach; VIP only with a
// high-barrier contribution in the same window (otherwise Gold).
Tier recommendTier(int trailingPoints, bool hasHighBarrierContribution, const ProgrammeRules &rules = {});

} // namespace ad
