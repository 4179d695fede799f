#include "BoardView.h"

#include "BoardColumnWidget.h"
#include "BoardModel.h"
#include "CardDelegate.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListView>
#include <QMenu>
#include <QSettings>

namespace ad {

BoardView::BoardView(BoardModel *model, QWidget *parent)
    : QScrollArea(parent), m_model(model), m_delegate(new CardDelegate(this))
{
    setObjectName(QStringLiteral("boardView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *strip = new QWidget(this);
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (int column = 0; column < model->columns().size(); ++column) {
        auto *widget = new BoardColumnWidget(model, column, m_delegate, strip);
        layout->addWidget(widget, 1);
        m_columns << widget;
        QListView *list = widget->list();
        list->installEventFilter(this);
        list->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(list, &QWidget::customContextMenuRequested, this, [this, column, list](const QPoint &at) {
            showContextMenu(column, list->viewport()->mapToGlobal(at));
        });
        connect(list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            emit advocateActivated(index.data(BoardModel::CardIdRole).toString());
        });
        // Exit columns start collapsed, leaving the room to the live pipeline;
        // whatever the user chooses afterwards is remembered.
        const QString key = collapsedKey(column);
        const bool isExit = model->columns()[column].isExit;
        widget->setCollapsed(QSettings().value(key, isExit).toBool());
        connect(widget, &BoardColumnWidget::collapsedChanged, this,
                [key](bool collapsed) { QSettings().setValue(key, collapsed); });
    }
    setWidget(strip);
    connect(model, &QAbstractItemModel::modelReset, this, &BoardView::refreshColumns);
    connect(model, &BoardModel::loaded, this, [this] {
        if (!m_pendingSelection.isEmpty())
            selectAdvocate(std::exchange(m_pendingSelection, QString()));
    });
    connect(model, &BoardModel::moveRequested, this, &BoardView::moveRequested);
}

QString BoardView::collapsedKey(int column) const
{
    return QStringLiteral("boards/%1/collapsed/%2").arg(m_model->key(), m_model->columns()[column].key);
}

void BoardView::refreshColumns()
{
    // A reset detaches every list from its column: attach them again.
    for (BoardColumnWidget *column : std::as_const(m_columns))
        column->refresh();
}

void BoardView::setCardDelegate(QAbstractItemDelegate *delegate)
{
    for (BoardColumnWidget *column : std::as_const(m_columns))
        column->list()->setItemDelegate(delegate);
}

QStringList BoardView::selectedAdvocateIds() const
{
    QStringList ids;
    const BoardColumnWidget *column = m_columns.value(m_currentColumn);
    if (!column)
        return ids;
    const QModelIndexList selected = column->list()->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        ids << index.data(BoardModel::CardIdRole).toString();
    if (ids.isEmpty() && column->list()->currentIndex().isValid())
        ids << column->list()->currentIndex().data(BoardModel::CardIdRole).toString();
    return ids;
}

void BoardView::selectAdvocate(const QString &advocateId)
{
    // Cards still on their way: select it once they are in.
    if (m_model->isLoading()) {
        m_pendingSelection = advocateId;
        return;
    }
    const QModelIndex index = m_model->locateCard(advocateId);
    if (!index.isValid())
        return;
    const int column = index.parent().row();
    BoardColumnWidget *widget = m_columns.value(column);
    if (widget->isCollapsed())
        widget->setCollapsed(false);
    focusColumn(column, index.row());
}

void BoardView::focusColumn(int column, int row)
{
    BoardColumnWidget *widget = m_columns.value(column);
    if (!widget)
        return;
    m_currentColumn = column;
    QListView *list = widget->list();
    const int rows = m_model->rowCount(m_model->columnIndex(column));
    list->setFocus(Qt::OtherFocusReason);
    if (rows > 0) {
        const QModelIndex target = m_model->index(qBound(0, row, rows - 1), 0, m_model->columnIndex(column));
        list->setCurrentIndex(target);
        list->scrollTo(target);
    }
    ensureWidgetVisible(widget);
}

int BoardView::neighbour(int column, int step) const
{
    for (int next = column + step; next >= 0 && next < m_columns.size(); next += step)
        if (!m_columns[next]->isCollapsed())
            return next;
    return -1;
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    auto *list = qobject_cast<QListView *>(watched);
    if (!list)
        return QScrollArea::eventFilter(watched, event);
    int column = -1;
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i]->list() == list)
            column = i;
    if (event->type() == QEvent::FocusIn && column >= 0)
        m_currentColumn = column;
    if (event->type() != QEvent::KeyPress || column < 0)
        return QScrollArea::eventFilter(watched, event);

    auto *key = static_cast<QKeyEvent *>(event);
    const int step = key->key() == Qt::Key_Left ? -1 : key->key() == Qt::Key_Right ? 1 : 0;
    if (step == 0)
        return QScrollArea::eventFilter(watched, event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) {
        // Moves go to the next column in pipeline order, collapsed or not.
        const int target = column + step;
        const QStringList ids = selectedAdvocateIds();
        if (target >= 0 && target < m_columns.size() && !ids.isEmpty())
            emit moveRequested(ids, target);
        return true;
    }
    if (modifiers == Qt::NoModifier) {
        const int target = neighbour(column, step);
        if (target >= 0)
            focusColumn(target, list->currentIndex().isValid() ? list->currentIndex().row() : 0);
        return true;
    }
    return QScrollArea::eventFilter(watched, event);
}

void BoardView::showContextMenu(int column, const QPoint &globalPos)
{
    m_currentColumn = column;
    const QStringList ids = selectedAdvocateIds();
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("cardMenu"));
    QAction *open = menu.addAction(m_model->source()->openCardText());
    open->setEnabled(ids.size() == 1);
    connect(open, &QAction::triggered, this, [this, ids] { emit advocateActivated(ids.first()); });
    QMenu *moveTo = menu.addMenu(tr("Move To"));
    for (int target = 0; target < m_model->columns().size(); ++target) {
        if (target == column)
            continue;
        moveTo->addAction(m_model->columns()[target].title, this,
                          [this, ids, target] { emit moveRequested(ids, target); });
    }
    menu.exec(globalPos);
}

} // namespace ad
