#include "Sidebar.h"

namespace ad {

Sidebar::Sidebar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setAccessibleName(tr("Navigation"));
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // A slightly darker column than the page, in either palette.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    viewport()->setBackgroundRole(QPalette::AlternateBase);
}

void Sidebar::addEntry(const QIcon &icon, const QString &text, const QString &toolTip)
{
    auto *item = new QListWidgetItem(icon, text, this);
    item->setToolTip(toolTip);
    item->setSizeHint(QSize(0, fontMetrics().height() + 18));
    // Never narrower than its longest entry: a small window squeezed the labels to "My…", "Pip…".
    const int wanted = iconSize().width() + fontMetrics().horizontalAdvance(text) + 3 * spacing() + 28;
    setMinimumWidth(qMax(minimumWidth(), wanted));
    if (currentRow() < 0)
        setCurrentRow(0);
}

QSize Sidebar::sizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22, QListWidget::sizeHint().height());
}

} // namespace ad
