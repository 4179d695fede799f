#pragma once

#include "DashboardCharts.h"

#include <QColor>
#include <QPalette>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;

namespace ad {

// The parts the dashboard's bar charts are built from: axes with headroom for
// the numbers on the bars, tooltips with exact values, and clicks that list
// what a bar counted.
class BarCharts
{
public:
    // What a click on bar `index` of `set` lists, and the list's title; none: nothing.
    using CellOf = std::function<std::optional<std::pair<KpiCell, QString>>(int index, QBarSet *set)>;

    // 0 to a little over `max` (at least 0–5), whole numbers.
    static QValueAxis *valueAxis(qreal max, const QString &title = {});
    // Adds `series` with a category axis along its bars and a value axis
    // across (`horizontal`: categories on the left); returns the category axis.
    static QBarCategoryAxis *addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
                                     qreal max, const QPalette &palette, bool horizontal = false,
                                     const QString &valueTitle = {});
    // Hovering a bar shows its exact value (and `extra`, when the chart has more to say).
    static void addTooltips(QAbstractBarSeries *series, const QStringList &categories,
                            const QStringList &extra = {});
    // A click lists what `cellOf` says the bar counted; nothing without `drill` (the PDF).
    static void onClick(QAbstractBarSeries *series, const DrillHandler &drill, const CellOf &cellOf);
    static QBarSet *barSet(const QString &label, const QColor &colour);
};

} // namespace ad
