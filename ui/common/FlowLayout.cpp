#include "FlowLayout.h"

#include <QWidget>

namespace ad {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items << item;
}

void FlowLayout::addStretch()
{
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row of everything, as wide as it wants.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? m_spacing : 0);
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    struct Placed
    {
        QLayoutItem *item;
        QSize size;
        bool stretch;
    };
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Break the items into rows; a stretch (addStretch) takes no room here and
    // later the row's leftover width, so what follows it sits at the right.
    QList<QList<Placed>> rows(1);
    int rowWidth = 0;
    for (QLayoutItem *item : m_items) {
        const bool stretch = item->spacerItem() && (item->expandingDirections() & Qt::Horizontal);
        if (stretch) {
            if (!rows.last().isEmpty())
                rows.last() << Placed{item, QSize(0, 0), true};
            continue;
        }
        if (item->isEmpty())
            continue;
        QSize size = item->sizeHint();
        // An item wider than the row takes the row, no wider.
        size.setWidth(qMin(size.width(), qMax(item->minimumSize().width(), area.width())));
        const int needed = rowWidth > 0 ? rowWidth + m_spacing + size.width() : size.width();
        if (rowWidth > 0 && needed > area.width()) {
            rows << QList<Placed>();
            rowWidth = size.width();
        } else {
            rowWidth = needed;
        }
        rows.last() << Placed{item, size, false};
    }

    int y = area.y();
    int usedHeight = 0;
    for (const QList<Placed> &row : std::as_const(rows)) {
        int width = 0;
        int height = 0;
        int stretches = 0;
        for (const Placed &placed : row) {
            if (placed.stretch) {
                ++stretches;
                continue;
            }
            width += (width > 0 ? m_spacing : 0) + placed.size.width();
            height = qMax(height, placed.size.height());
        }
        if (height == 0)
            continue;
        const int leftover = qMax(0, area.width() - width);
        int x = area.x();
        bool first = true;
        for (const Placed &placed : row) {
            if (placed.stretch) {
                x += leftover / stretches;
                continue;
            }
            if (!first)
                x += m_spacing;
            first = false;
            if (apply) {
                // Centred in the row: a label beside a taller button lines up.
                const int top = y + (height - placed.size.height()) / 2;
                placed.item->setGeometry(QRect(QPoint(x, top), placed.size));
            }
            x += placed.size.width();
        }
        usedHeight = y + height - area.y();
        y += height + m_spacing;
    }
    const QMargins margins = contentsMargins();
    return usedHeight + margins.top() + margins.bottom();
}

} // namespace ad
