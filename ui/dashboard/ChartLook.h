#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QChart;

namespace ad {

// How a dashboard chart is dressed, on screen and in the PDF alike: colours
// from the palette (light or dark), and titles, legends and month labels that
// stay whole whatever width the chart gets. Qt Charts would shorten them to
// "Reference c..." or drop them.
class ChartLook
{
    Q_DECLARE_TR_FUNCTIONS(ad::ChartLook)

public:
    // A chart with `title` (split over two lines when one is too narrow), the
    // palette's background and text colours, and a legend below it.
    static QChart *newChart(const QString &title, const QPalette &palette);
    // The title as given to newChart(), without the line break fitting added.
    static QString plainTitle(const QChart *chart);
    // Axes in the palette's text colour, grid lines a quiet shade of it.
    static void styleAxes(QChart *chart, const QPalette &palette);
    // The numbers on the bars, after their ends, in the palette's text colour.
    static void styleBarLabels(QAbstractBarSeries *series, const QPalette &palette);
    // A legend below the plot of the chart's bar sets and lines (call it once
    // they are added), in as many rows as its entries need at each width.
    static void wrapLegendBelow(QChart *chart, const QPalette &palette);
    // Labels of `axis` to show instead when the chart is too narrow for its
    // own (on the left, where Qt would shorten them to "Early-stage adv...").
    // Along the bottom, too wide labels break over lines or stand upright.
    static void setShorterCategories(QBarCategoryAxis *axis, const QStringList &shorter);

    // "2025-06", "2025-07"… as axis labels: "Jun", "Jul"…
    static QStringList monthLabels(const QStringList &months);
    // The same months as the axis's title: "Jun 2025 – Jun 2026".
    static QString monthSpan(const QStringList &months);
    // "2026-05" as "May 2026".
    static QString monthName(const QString &month);
};

} // namespace ad
