#include "BarCharts.h"

#include "ChartLook.h"
#include "util/Formats.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QToolTip>
#include <QValueAxis>

namespace ad {

QValueAxis *BarCharts::valueAxis(qreal max, const QString &title)
{
    auto *axis = new QValueAxis;
    // Headroom for the numbers after the bars' ends; at least 0–5, so that an
    // empty programme's axis reads 0, 1, 2… and not 0, 0, 0, 1, 1, 1.
    axis->setRange(0, std::max<qreal>(max * 1.15, 5));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    return axis;
}

QBarCategoryAxis *BarCharts::addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
                                     qreal max, const QPalette &palette, bool horizontal,
                                     const QString &valueTitle)
{
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QValueAxis *values = valueAxis(max, valueTitle);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);
    ChartLook::styleAxes(chart, palette);
    if (series->isLabelsVisible())
        ChartLook::styleBarLabels(series, palette);
    return categoryAxis;
}

void BarCharts::addTooltips(QAbstractBarSeries *series, const QStringList &categories,
                            const QStringList &extra)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series,
                     [categories, extra](bool on, int index, QBarSet *set) {
                         if (!on) {
                             QToolTip::hideText();
                             return;
                         }
                         const qreal value = set->at(index);
                         QString text = DashboardCharts::tr("%1 — %2: %3")
                                            .arg(set->label(), categories.value(index),
                                                 Formats::decimal(value, value == qRound64(value) ? 0 : 1));
                         if (!extra.value(index).isEmpty())
                             text += QLatin1Char('\n') + extra.value(index);
                         QToolTip::showText(QCursor::pos(), text);
                     });
}

void BarCharts::onClick(QAbstractBarSeries *series, const DrillHandler &drill, const CellOf &cellOf)
{
    if (!drill)
        return;
    QObject::connect(series, &QAbstractBarSeries::clicked, series, [drill, cellOf](int index, QBarSet *set) {
        if (auto cell = cellOf(index, set))
            drill(cell->first, cell->second);
    });
}

QBarSet *BarCharts::barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

} // namespace ad
