#include "DashboardRange.h"

namespace ad {

namespace {

QDate quarterStart(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

QList<RangePreset> DashboardRange::presets()
{
    return {RangePreset::Last30Days,  RangePreset::Last90Days,  RangePreset::Last365Days,
            RangePreset::ThisQuarter, RangePreset::LastQuarter, RangePreset::Custom};
}

QString DashboardRange::name(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Last30Days:
        return tr("Last 30 days");
    case RangePreset::Last90Days:
        return tr("Last 90 days");
    case RangePreset::Last365Days:
        return tr("Last 365 days");
    case RangePreset::ThisQuarter:
        return tr("This quarter");
    case RangePreset::LastQuarter:
        return tr("Last quarter");
    case RangePreset::Custom:
        return tr("Custom range");
    }
    return {};
}

std::pair<QDate, QDate> DashboardRange::of(RangePreset preset, const QDate &today)
{
    switch (preset) {
    case RangePreset::Last30Days:
        return {today.addDays(-29), today};
    case RangePreset::Last90Days:
        return {today.addDays(-89), today};
    case RangePreset::Last365Days:
        return {today.addDays(-364), today};
    case RangePreset::ThisQuarter:
        return {quarterStart(today), today};
    case RangePreset::LastQuarter: {
        const QDate start = quarterStart(today).addMonths(-3);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case RangePreset::Custom:
        break;
    }
    return {};
}

} // namespace ad
