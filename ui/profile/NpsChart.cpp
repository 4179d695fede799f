#include "NpsChart.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace ad {

NpsChart::NpsChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("npsChart"));
    setAccessibleName(tr("NPS history"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    applyPalette();
}

void NpsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void NpsChart::applyPalette()
{
    const QPalette &p = palette();
    QChart *c = chart();
    c->setBackgroundBrush(p.base());
    c->setBackgroundPen(Qt::NoPen);
    c->setTitleBrush(p.text());
    setBackgroundBrush(p.base());
    QColor grid = p.text().color();
    grid.setAlpha(40);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsBrush(p.text());
        axis->setTitleBrush(p.text());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(p.mid().color());
    }
}

void NpsChart::setResponses(const QList<NpsResponse> &responses)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_points = int(responses.size());
    if (responses.isEmpty()) {
        c->setTitle(tr("No NPS answers yet"));
        return;
    }
    c->setTitle(QString());

    QList<NpsResponse> sorted = responses;
    std::sort(sorted.begin(), sorted.end(),
              [](const NpsResponse &a, const NpsResponse &b) { return a.respondedOn < b.respondedOn; });
    const QDateTime first = sorted.first().respondedOn.startOfDay().addDays(-15);
    const QDateTime last = sorted.last().respondedOn.startOfDay().addDays(15);

    // Zones: detractor 0–6, promoter 9–10.
    const auto zone = [&](double low, double high, const QColor &colour) {
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        for (const QDateTime &x : {first, last}) {
            lower->append(double(x.toMSecsSinceEpoch()), low);
            upper->append(double(x.toMSecsSinceEpoch()), high);
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setColor(colour);
        area->setBorderColor(Qt::transparent);
        return area;
    };
    QAreaSeries *detractors = zone(0, 6, QColor(0xd1, 0x43, 0x43, 40));
    QAreaSeries *promoters = zone(9, 10, QColor(0x2e, 0x9e, 0x5b, 40));

    auto *line = new QLineSeries;
    auto *dots = new QScatterSeries;
    dots->setMarkerSize(8);
    for (const NpsResponse &r : sorted) {
        const double x = double(r.respondedOn.startOfDay().toMSecsSinceEpoch());
        line->append(x, r.score);
        dots->append(x, r.score);
    }
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(detractors), static_cast<QAbstractSeries *>(promoters),
          static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(dots)})
        c->addSeries(series);

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("MMM yyyy"));
    xAxis->setRange(first, last);
    xAxis->setTickCount(qBound(2, int(sorted.size()), 5));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 10);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    applyPalette(); // the new axes
}

} // namespace ad
