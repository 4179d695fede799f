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
    // Takes `chart` and deletes the one shown before.
    void replaceChart(QChart *chart);
    Status savePng(const QString &path);
    Status saveSvg(const QString &path);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void exportAs(const QString &suffix);

    QString m_key;
};

} // namespace ad
