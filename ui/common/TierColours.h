#pragma once

#include "domain/Enums.h"

#include <QColor>

namespace ad {

// The one colour of each tier, wherever a tier is drawn: the chips on board
// cards, the dashboard's tier donut and the programme report's copy of it. A
// reader who learnt "purple is VIP" on a board finds purple on the chart.
class TierColours
{
public:
    static QColor fill(Tier tier);
    // Text on `fill(tier)` that stays legible on it (light tiers take dark text).
    static QColor ink(Tier tier);
};

} // namespace ad
