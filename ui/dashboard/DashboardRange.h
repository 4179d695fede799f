#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <utility>

namespace ad {

// The date ranges a dashboard offers with one click. Rolling ranges end today
// and include it; "this quarter" runs from its first day to today.
enum class RangePreset
{
    Last30Days,
    Last90Days,
    Last365Days,
    ThisQuarter,
    LastQuarter,
    Custom
};

class DashboardRange
{
    Q_DECLARE_TR_FUNCTIONS(ad::DashboardRange)

public:
    static QList<RangePreset> presets();
    static QString name(RangePreset preset);
    // First and last day of `preset` seen from `today`; Custom has none (invalid dates).
    static std::pair<QDate, QDate> of(RangePreset preset, const QDate &today);
};

} // namespace ad
