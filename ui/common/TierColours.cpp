#include "TierColours.h"

namespace ad {

QColor TierColours::fill(Tier tier)
{
    // Distinct in hue as well as lightness, so the donut's slices tell apart in
    // grey print and for the colour-blind: blue-slate, silver, gold, purple.
    switch (tier) {
    case Tier::Community:
        return QColor(0x4f, 0x6d, 0x8a);
    case Tier::Silver:
        return QColor(0xb4, 0xbe, 0xc8);
    case Tier::Gold:
        return QColor(0xd9, 0xa5, 0x20);
    case Tier::Vip:
        return QColor(0x7b, 0x4f, 0xd6);
    }
    return QColor(0x80, 0x80, 0x80);
}

QColor TierColours::ink(Tier tier)
{
    switch (tier) {
    case Tier::Silver:
    case Tier::Gold:
        return QColor(0x1f, 0x29, 0x33);
    case Tier::Community:
    case Tier::Vip:
        break;
    }
    return Qt::white;
}

} // namespace ad
