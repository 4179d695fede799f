#pragma once

#include "util/Result.h"

#include <QChartView>

namespace ad {

// One dashboard chart: shows a QChart, swaps in the next one on recompute, and
// exports what it shows as PNG (pixels, as on screen) or SVG (vector).
class KpiChartView : public QChartView
{
    Q_OBJECT

public:
    KpiChartView(const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // Takes `chart` and deletes the one shown before. With an `emptyText`, the
    // chart has nothing to show: its title stays, the sentence stands in for
    // its axes and series.
    void replaceChart(QChart *chart, const QString &emptyText = {});
    QString emptyText() const { return m_emptyText; }
    Status savePng(const QString &path);
    Status saveSvg(const QString &path);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void exportAs(const QString &suffix);

    QString m_key;
    QString m_emptyText;
};

} // namespace ad
