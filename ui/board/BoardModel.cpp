#include "BoardModel.h"

#include "AdvocateBoardSource.h"
#include "BoardLoader.h"
#include "services/Services.h"
#include "storage/Database.h"

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
    : BoardModel(services, std::make_unique<AdvocateBoardSource>(services, kind), parent)
{
}

BoardModel::BoardModel(Services &services, std::unique_ptr<BoardSource> source, QObject *parent)
    : QAbstractItemModel(parent), m_source(std::move(source)), m_context(services.context()),
      m_columns(m_source->columns()), m_cards(m_columns.size()), m_totals(m_columns.size()),
      m_fetching(m_columns.size(), false), m_loader(std::make_unique<BoardLoader>(services))
{
    m_advocates = dynamic_cast<AdvocateBoardSource *>(m_source.get());
    loadLimits();
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
    m_reader = m_source->reader();
    setLoading(true);
    m_loader->load(m_reader, kFirstPageSize,
                   [this](const Result<BoardSnapshot> &snapshot) { apply(snapshot); });
}

void BoardModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void BoardModel::apply(const Result<BoardSnapshot> &snapshot)
{
    setLoading(false);
    if (!snapshot) {
        emit loadFailed(snapshot.error().message);
        return;
    }
    beginResetModel();
    m_source->setLookups(snapshot->lookups);
    m_cards = QList<QList<BoardItem>>(m_columns.size());
    m_totals = QList<BoardColumnTotal>(m_columns.size());
    m_fetching = QList<bool>(m_columns.size(), false);
    m_positions.clear();
    for (int column = 0; column < m_columns.size(); ++column) {
        m_totals[column] = snapshot->totals.value(column);
        for (const BoardItem &card : snapshot->cards.value(column)) {
            m_positions.insert(card.id, qMakePair(column, int(m_cards[column].size())));
            m_cards[column] << card;
        }
    }
    m_hasLoaded = true;
    endResetModel();
    emit loaded();
}

void BoardModel::append(int column, const QList<BoardItem> &cards)
{
    // A card the board already holds (the data moved between two pages) stays where it is.
    QList<BoardItem> fresh;
    for (const BoardItem &card : cards)
        if (!m_positions.contains(card.id))
            fresh << card;

    if (fresh.isEmpty())
        return;
    const int first = int(m_cards[column].size());
    beginInsertRows(columnIndex(column), first, first + int(fresh.size()) - 1);
    for (const BoardItem &card : std::as_const(fresh)) {
        m_positions.insert(card.id, qMakePair(column, int(m_cards[column].size())));
        m_cards[column] << card;
    }
    endInsertRows();
}

bool BoardModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != kColumnLevel || parent.column() != 0)
        return false;
    const int column = parent.row();
    return m_hasLoaded && !m_fetching.value(column) &&
           m_cards.value(column).size() < m_totals.value(column).count;
}

void BoardModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int column = parent.row();
    m_fetching[column] = true;
    m_loader->fetch(m_reader, column, int(m_cards[column].size()), kPageSize,
                    [this, column](const Result<QList<BoardItem>> &cards) {
                        // Still fetching while the rows go in: a view asks for
                        // more from inside the insertion, and would ask twice.
                        if (cards)
                            append(column, *cards);
                        else
                            emit loadFailed(cards.error().message);
                        m_fetching[column] = false;
                    });
}

QModelIndex BoardModel::locateCard(const QString &cardId)
{
    if (const QModelIndex known = indexOfCard(cardId); known.isValid() || !m_reader)
        return known;
    Result<std::optional<BoardCardPosition>> position = m_reader->position(m_context, cardId);
    if (!position || !position->has_value())
        return {};
    const int column = (*position)->column;
    const int row = (*position)->row;
    if (column < 0 || column >= m_columns.size())
        return {};
    // The rows up to it, read here and now: the user is waiting to see that card.
    const int loaded = int(m_cards[column].size());
    if (row >= loaded) {
        Result<QList<BoardItem>> cards = m_reader->page(m_context, column, loaded, row - loaded + kPageSize);
        if (!cards) {
            emit loadFailed(cards.error().message);
            return {};
        }
        append(column, *cards);
    }
    return indexOfCard(cardId);
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
            return int(m_totals[column].count);
        case ArrRole:
            return m_totals[column].amount;
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
    return m_source->cardData(card, role);
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
