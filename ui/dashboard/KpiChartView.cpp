#include "KpiChartView.h"

#include "ChartLook.h"
#include "io/FileChooser.h"
#include "io/UserFile.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSvgGenerator>

namespace ad {

KpiChartView::KpiChartView(const QString &key, QWidget *parent) : QChartView(parent), m_key(key)
{
    setObjectName(QStringLiteral("chart-") + key);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    setFrameShape(QFrame::NoFrame);
    // Named before its first data arrives; replaceChart() names it by its title.
    setAccessibleName(tr("Dashboard chart"));
}

void KpiChartView::replaceChart(QChart *next, const QString &emptyText)
{
    QChart *previous = chart();
    m_emptyText = emptyText;
    if (!emptyText.isEmpty()) {
        for (QAbstractAxis *axis : next->axes())
            axis->hide();
        for (QAbstractSeries *series : next->series())
            series->hide();
        next->legend()->hide();
    }
    setChart(next);
    // Screen readers announce the chart by its title; the tooltip-only values
    // are in the drill-down list a click opens.
    setAccessibleName(ChartLook::plainTitle(next));
    setAccessibleDescription(tr("Chart. Click a bar or slice to list what it counts; right-click to save "
                                "it as PNG or SVG."));
    // QChartView releases the old chart without deleting it; the view made
    // itself an empty one at construction, which goes the same way.
    delete previous;
}

Status KpiChartView::savePng(const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!grab().save(&buffer, "PNG"))
        return makeError(ErrorKind::Storage, tr("Could not draw the chart as PNG."), path);
    return UserFile::write(path, buffer.data(), UserFile::Contents::Ordinary);
}

Status KpiChartView::saveSvg(const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size());
        svg.setViewBox(QRect(QPoint(0, 0), size()));
        svg.setTitle(ChartLook::plainTitle(chart()));
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        scene()->render(&painter, QRectF(QPointF(0, 0), size()), sceneRect());
    }
    return UserFile::write(path, buffer.data(), UserFile::Contents::Ordinary);
}

void KpiChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_emptyText.isEmpty() || !chart())
        return;
    // In the middle of where the chart would be, below its title.
    const QRectF area = chart()->plotArea().isEmpty() ? sceneRect() : chart()->plotArea();
    painter->save();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->setFont(font());
    painter->drawText(area.adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    painter->restore();
}

void KpiChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save Chart as PNG…"), this, [this] { exportAs(QStringLiteral("png")); });
    menu.addAction(tr("Save Chart as SVG…"), this, [this] { exportAs(QStringLiteral("svg")); });
    menu.exec(event->globalPos());
}

void KpiChartView::exportAs(const QString &suffix)
{
    const QString path = FileChooser::saveFile(
        this, suffix == QLatin1String("png") ? tr("Save Chart as PNG") : tr("Save Chart as SVG"),
        m_key + QLatin1Char('.') + suffix,
        suffix == QLatin1String("png") ? tr("PNG images (*.png)") : tr("SVG images (*.svg)"));
    if (path.isEmpty())
        return;
    const Status saved = suffix == QLatin1String("png") ? savePng(path) : saveSvg(path);
    if (!saved)
        QMessageBox::warning(this, tr("Chart not saved"), saved.error().message);
}

} // namespace ad
