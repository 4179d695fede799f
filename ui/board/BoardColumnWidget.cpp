#include "BoardColumnWidget.h"

#include "BoardModel.h"
#include "CardDelegate.h"
#include "CollapsedColumn.h"
#include "util/Formats.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace ad {

BoardColumnWidget::BoardColumnWidget(BoardModel *model, int column, CardDelegate *delegate, QWidget *parent)
    : QWidget(parent), m_model(model), m_column(column), m_title(new QLabel(this)),
      m_summary(new QLabel(this)), m_collapse(new QToolButton(this)), m_list(new QListView(this)),
      m_strip(new CollapsedColumn(model, column, this)), m_expanded(new QWidget(this))
{
    const QString key = model->columnIndex(column).data(BoardModel::ColumnKeyRole).toString();
    setObjectName(QStringLiteral("boardColumn_") + key);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setObjectName(QStringLiteral("columnSummary"));

    const bool isExit = model->columnIndex(column).data(BoardModel::IsExitRole).toBool();
    m_collapse->setAutoRaise(true);
    m_collapse->setFixedSize(m_title->sizeHint().height(), m_title->sizeHint().height());
    m_collapse->setArrowType(Qt::LeftArrow);
    m_collapse->setToolTip(tr("Collapse this column"));
    m_collapse->setAccessibleName(tr("Collapse %1").arg(model->columnIndex(column).data().toString()));
    m_collapse->setVisible(isExit);
    connect(m_collapse, &QToolButton::clicked, this, [this] { setCollapsed(true); });

    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(4, 0, 0, 0);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_collapse);

    m_list->setObjectName(QStringLiteral("cards_") + key);
    m_list->setAccessibleName(model->columnIndex(column).data().toString());
    m_list->setModel(model);
    m_list->setRootIndex(model->columnIndex(column));
    m_list->setItemDelegate(delegate);
    m_list->setUniformItemSizes(true); // lets the view lay out 10,000 cards without measuring each
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setBackgroundRole(QPalette::Window);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    m_list->setMinimumWidth(model->source()->columnMinimumWidth());

    auto *expandedLayout = new QVBoxLayout(m_expanded);
    expandedLayout->setContentsMargins(0, 0, 0, 0);
    expandedLayout->setSpacing(2);
    expandedLayout->addLayout(titleRow);
    m_summary->setContentsMargins(4, 0, 0, 0);
    expandedLayout->addWidget(m_summary);
    expandedLayout->addWidget(m_list, 1);

    m_strip->setObjectName(QStringLiteral("collapsed_") + key);
    m_strip->hide();
    connect(m_strip, &CollapsedColumn::expandRequested, this, [this] { setCollapsed(false); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_expanded);
    layout->addWidget(m_strip);

    m_title->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_title, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(tr("Set Soft Limit…"), this, &BoardColumnWidget::editSoftLimit);
        menu.exec(m_title->mapToGlobal(at));
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { updateHeader(); });
    updateHeader();
}

void BoardColumnWidget::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    m_expanded->setVisible(!collapsed);
    m_strip->setVisible(collapsed);
    setSizePolicy(collapsed ? QSizePolicy::Fixed : QSizePolicy::Preferred, QSizePolicy::Preferred);
    emit collapsedChanged(collapsed);
}

void BoardColumnWidget::refresh()
{
    m_list->setRootIndex(m_model->columnIndex(m_column));
    updateHeader();
    m_strip->update();
}

void BoardColumnWidget::updateHeader()
{
    const QModelIndex column = m_model->columnIndex(m_column);
    const int count = column.data(BoardModel::CountRole).toInt();
    const int limit = column.data(BoardModel::SoftLimitRole).toInt();
    const QLocale locale;
    m_title->setText(column.data().toString());
    if (!m_model->hasLoaded()) {
        m_summary->setText(tr("Loading…"));
        return;
    }
    const QString countText = limit > 0 ? tr("%1 / %2").arg(locale.toString(count), locale.toString(limit))
                                        : locale.toString(count);
    // A header has room for "$1.2M"; its tooltip gives every digit.
    const qint64 amount = column.data(BoardModel::ArrRole).toLongLong();
    const QString currency = m_model->source()->currency();
    m_summary->setText(tr("%1 · %2").arg(
        countText, m_model->source()->amountSummary(Formats::compactMoney(amount, currency))));
    const bool over = limit > 0 && count > limit;
    m_summary->setStyleSheet(over ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
    QStringList tip{m_model->source()->amountSummary(Formats::money(amount, currency))};
    if (over)
        tip << tr("Over the soft limit of %1 cards").arg(locale.toString(limit));
    m_summary->setToolTip(tip.join(QLatin1Char('\n')));
}

void BoardColumnWidget::editSoftLimit()
{
    bool ok = false;
    const int limit = QInputDialog::getInt(this, tr("Soft Limit"),
                                           tr("Warn when “%1” holds more cards than (0: no limit):")
                                               .arg(m_model->columnIndex(m_column).data().toString()),
                                           m_model->softLimit(m_column), 0, 100000, 1, &ok);
    if (ok)
        m_model->setSoftLimit(m_column, limit);
}

} // namespace ad
