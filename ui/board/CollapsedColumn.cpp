#include "CollapsedColumn.h"

#include "BoardModel.h"

#include <QDragEnterEvent>
#include <QLocale>
#include <QMimeData>
#include <QPainter>

namespace ad {

CollapsedColumn::CollapsedColumn(BoardModel *model, int column, QWidget *parent)
    : QWidget(parent), m_model(model), m_column(column)
{
    setAcceptDrops(true);
    setToolTip(tr("Collapsed column: drop a card here to move it, double-click to expand"));
    setAccessibleName(model->columnIndex(column).data().toString());
}

QSize CollapsedColumn::sizeHint() const
{
    return QSize(fontMetrics().height() * 2 + 8, 200);
}

void CollapsedColumn::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Drawn from the text and base colours, not Mid and Window: in a dark
    // palette those are a shade apart and the strip would vanish into the page.
    QColor frame = palette().color(QPalette::WindowText);
    frame.setAlpha(110);
    QColor fill = palette().color(QPalette::Base);
    if (m_dropTarget) {
        frame = palette().color(QPalette::Highlight);
        fill = palette().color(QPalette::Highlight);
        fill.setAlpha(60);
    }
    painter.setPen(QPen(frame, m_dropTarget ? 2 : 1, m_dropTarget ? Qt::SolidLine : Qt::DashLine));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);

    const QModelIndex column = m_model->columnIndex(m_column);
    const QString count = m_model->hasLoaded()
                              ? QLocale().toString(column.data(BoardModel::CountRole).toInt())
                              : QStringLiteral("…"); // still counting
    const QString text = tr("%1 (%2)").arg(column.data().toString(), count);
    painter.translate(width() / 2.0 + fontMetrics().ascent() / 2.0 - 2, height() - 12);
    painter.rotate(-90);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(0, 0, text);
}

void CollapsedColumn::mouseDoubleClickEvent(QMouseEvent *)
{
    emit expandRequested();
}

void CollapsedColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, m_model->columnIndex(m_column))) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        m_dropTarget = true;
        update();
    }
}

void CollapsedColumn::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropTarget = false;
    update();
}

void CollapsedColumn::dropEvent(QDropEvent *event)
{
    m_dropTarget = false;
    update();
    if (m_model->dropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, m_model->columnIndex(m_column))) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    }
}

} // namespace ad
