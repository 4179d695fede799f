#include "BoardModel.h"

#include "AdvocateBoardSource.h"

#include <QMimeData>
#include <QSettings>

namespace ad {

namespace {

// Card indexes carry their column + 1 as internal id; column indexes carry 0.
constexpr quintptr kColumnLevel = 0;

QString limitKey(const QString &board, const QString &column)
{
    return QStringLiteral("boards/%1/softLimit/%2").arg(board, column);
}

} // namespace

BoardModel::BoardModel(Services &services, BoardKind kind, QObject *parent)
    : BoardModel(std::make_unique<AdvocateBoardSource>(services, kind), parent)
{
}

BoardModel::BoardModel(std::unique_ptr<BoardSource> source, QObject *parent)
    : QAbstractItemModel(parent), m_source(std::move(source)), m_columns(m_source->columns())
{
    m_advocates = dynamic_cast<AdvocateBoardSource *>(m_source.get());
    loadLimits();
    reload();
}

BoardModel::~BoardModel() = default;

void BoardModel::setFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_advocates)
        m_advocates->setFilter(filter);
    reload();
}

void BoardModel::reload()
{
    beginResetModel();
    Result<QList<BoardItem>> cards = m_source->load();
    m_cards = QList<QList<BoardItem>>(m_columns.size());
    m_arr = QList<qint64>(m_columns.size(), 0);
    m_positions.clear();
    if (cards) {
        for (const BoardItem &card : *cards) {
            if (card.column < 0 || card.column >= m_columns.size())
                continue;
            m_positions.insert(card.id, qMakePair(card.column, int(m_cards[card.column].size())));
            m_cards[card.column] << card;
            m_arr[card.column] += card.amount;
        }
    }
    endResetModel();
    if (!cards)
        emit loadFailed(cards.error().message);
}

void BoardModel::loadLimits()
{
    QSettings settings;
    m_limits.clear();
    for (const BoardColumn &column : m_columns)
        m_limits << settings.value(limitKey(key(), column.key), 0).toInt();
}

void BoardModel::setSoftLimit(int column, int limit)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_limits[column] = qMax(0, limit);
    QSettings().setValue(limitKey(key(), m_columns[column].key), m_limits[column]);
    const QModelIndex changed = columnIndex(column);
    emit dataChanged(changed, changed, {SoftLimitRole});
}

QModelIndex BoardModel::indexOfCard(const QString &cardId) const
{
    const auto found = m_positions.constFind(cardId);
    if (found == m_positions.cend())
        return {};
    return index(found->second, 0, columnIndex(found->first));
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_columns.size() ? createIndex(row, 0, kColumnLevel) : QModelIndex();
    if (parent.internalId() != kColumnLevel || parent.row() >= m_cards.size() ||
        row >= m_cards[parent.row()].size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kColumnLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kColumnLevel);
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.internalId() != kColumnLevel || parent.column() != 0)
        return 0;
    return int(m_cards.value(parent.row()).size());
}

int BoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kColumnLevel) {
        const int column = index.row();
        switch (role) {
        case Qt::DisplayRole:
            return m_columns[column].title;
        case CountRole:
            return int(m_cards[column].size());
        case ArrRole:
            return m_arr[column];
        case SoftLimitRole:
            return m_limits[column];
        case IsExitRole:
            return m_columns[column].isExit;
        case ColumnKeyRole:
            return m_columns[column].key;
        }
        return {};
    }
    const BoardItem &card = m_cards[int(index.internalId() - 1)][index.row()];
    switch (role) {
    case CardIdRole:
        return card.id;
    case AmountRole:
        return card.amount;
    case ColumnKeyRole:
        return m_columns[int(index.internalId() - 1)].key;
    }
    return m_source->cardData(card.sourceRow, role);
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kColumnLevel)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList BoardModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.internalId() != kColumnLevel)
            ids << index.data(CardIdRole).toString();
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kMimeType), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QStringList BoardModel::advocateIdsFrom(const QMimeData *data)
{
    if (!data || !data->hasFormat(QString::fromLatin1(kMimeType)))
        return {};
    return QString::fromUtf8(data->data(QString::fromLatin1(kMimeType)))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

int BoardModel::targetColumn(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return -1;
    return parent.internalId() == kColumnLevel ? parent.row() : int(parent.internalId() - 1);
}

bool BoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                 const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || targetColumn(parent) < 0)
        return false;
    const QStringList ids = advocateIdsFrom(data);
    if (ids.isEmpty())
        return false;
    // A drop back into the card's own column is no move at all.
    const QModelIndex first = indexOfAdvocate(ids.first());
    return !first.isValid() || targetColumn(first) != targetColumn(parent);
}

bool BoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit moveRequested(advocateIdsFrom(data), targetColumn(parent));
    return true;
}

Qt::DropActions BoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace ad
