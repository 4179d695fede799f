#include "AdvocateTableModel.h"

#include "services/Services.h"

#include <QColor>

namespace ad {

namespace {

DirectoryQuery::SortKey sortKeyFor(int column)
{
    switch (column) {
    case AdvocateTableModel::AccountColumn:
        return DirectoryQuery::SortKey::Account;
    case AdvocateTableModel::TierColumn:
        return DirectoryQuery::SortKey::Tier;
    case AdvocateTableModel::StageColumn:
        return DirectoryQuery::SortKey::JourneyStage;
    case AdvocateTableModel::NpsColumn:
        return DirectoryQuery::SortKey::LatestNps;
    case AdvocateTableModel::ReadinessColumn:
        return DirectoryQuery::SortKey::Readiness;
    default:
        return DirectoryQuery::SortKey::Name;
    }
}

QVariant npsColour(int score)
{
    // Detractor / passive / promoter, readable on light and dark palettes.
    if (score <= 6)
        return QColor(0xd1, 0x43, 0x43);
    if (score <= 8)
        return QColor(0xc0, 0x8a, 0x1e);
    return QColor(0x2e, 0x9e, 0x5b);
}

} // namespace

AdvocateTableModel::AdvocateTableModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{
    resetFromDatabase();
}

int AdvocateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdvocateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdvocateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdvocateRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case AccountColumn:
            return row.accountName;
        case TierColumn:
            return displayName(row.tier);
        case StageColumn:
            return tr("%1 · %2").arg(row.journeyStage).arg(journeyStageName(row.journeyStage));
        case NpsColumn:
            return row.latestNps ? QVariant(*row.latestNps) : QVariant(tr("—"));
        case ReadinessColumn:
            return row.readiness;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return row.title.isEmpty() ? row.email : tr("%1\n%2").arg(row.title, row.email);
        if (index.column() == ReadinessColumn)
            return tr("Readiness %1 of 100, from the six advocacy signals").arg(row.readiness);
        break;
    case Qt::ForegroundRole:
        if (index.column() == NpsColumn && row.latestNps)
            return npsColour(*row.latestNps);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NpsColumn || index.column() == ReadinessColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AdvocateIdRole:
        return row.id;
    case EmailRole:
        return row.email;
    case AccountIdRole:
        return row.accountId;
    }
    return {};
}

QVariant AdvocateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AccountColumn:
        return tr("Account");
    case TierColumn:
        return tr("Tier");
    case StageColumn:
        return tr("Journey stage");
    case NpsColumn:
        return tr("Latest NPS");
    case ReadinessColumn:
        return tr("Readiness");
    }
    return {};
}

bool AdvocateTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while the reset is being announced: the model must not grow inside
    // its own modelReset notification.
    return !parent.isValid() && !m_resetting && m_rows.size() < m_total;
}

void AdvocateTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<AdvocateRow>> page = m_services.directory().page(
        m_query, int(m_rows.size()), qMin(kPageSize, m_total - int(m_rows.size())));
    if (!page) {
        // Stop asking for more: a view would otherwise retry on every scroll.
        m_total = int(m_rows.size());
        emit loadFailed(page.error().message);
        return;
    }
    if (page->isEmpty()) {
        // Rows vanished since counting (another process deleted some).
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void AdvocateTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const DirectoryQuery::SortKey key = sortKeyFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sortKey && descending == m_query.descending)
        return;
    m_query.sortKey = key;
    m_query.descending = descending;
    resetFromDatabase();
}

void AdvocateTableModel::setSearchText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    resetFromDatabase();
}

void AdvocateTableModel::reload()
{
    resetFromDatabase();
}

void AdvocateTableModel::resetFromDatabase()
{
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    Result<int> total = m_services.directory().count(m_query);
    m_total = total ? *total : 0;
    // The first page comes with the reset: a view shows rows at once, and only
    // asks for more as it scrolls.
    Result<QList<AdvocateRow>> first = m_services.directory().page(m_query, 0, qMin(kPageSize, m_total));
    if (first)
        m_rows = *first;
    if (!first || m_rows.size() < qMin(kPageSize, m_total))
        m_total = int(m_rows.size());
    endResetModel();
    m_resetting = false;
    if (!total)
        emit loadFailed(total.error().message);
    else if (!first)
        emit loadFailed(first.error().message);
    emit totalCountChanged(m_total);
}

} // namespace ad
