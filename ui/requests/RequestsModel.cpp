#include "RequestsModel.h"

#include "services/Services.h"
#include "util/Formats.h"

namespace ad {

RequestsModel::RequestsModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{
    reload();
}

void RequestsModel::setStatusFilter(std::optional<RequestStatus> status)
{
    m_status = status;
    reload();
}

void RequestsModel::reload()
{
    beginResetModel();
    m_activityNames.clear();
    if (Result<QList<ActivityType>> types = m_services.activityTypes().list())
        for (const ActivityType &type : *types)
            m_activityNames.insert(type.id, type.name);
    Result<int> total = m_services.requests().count(m_status);
    Result<QList<Request>> first =
        total ? m_services.requests().page(m_status, 0, kPageSize) : Result<QList<Request>>(total.error());
    m_total = total ? *total : 0;
    m_requests = first ? *first : QList<Request>();
    endResetModel();
    if (!first)
        emit loadFailed(first.error().message);
}

bool RequestsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_requests.size() < m_total;
}

void RequestsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readMore(kPageSize);
}

bool RequestsModel::readMore(int rows)
{
    Result<QList<Request>> more = m_services.requests().page(m_status, int(m_requests.size()), rows);
    if (!more) {
        emit loadFailed(more.error().message);
        return false;
    }
    if (more->isEmpty()) {
        m_total = int(m_requests.size()); // fewer than counted: another program removed some
        return false;
    }
    const int first = int(m_requests.size());
    beginInsertRows({}, first, first + int(more->size()) - 1);
    m_requests << *more;
    endInsertRows();
    return true;
}

int RequestsModel::rowOf(const QString &requestId)
{
    for (int row = 0; row < m_requests.size(); ++row)
        if (m_requests[row].id == requestId)
            return row;
    Result<int> row = m_services.requests().rowOf(m_status, requestId);
    if (!row || *row < 0)
        return -1;
    // Down to it, a page beyond: the user asked to see that request.
    if (*row >= m_requests.size() && !readMore(*row - int(m_requests.size()) + kPageSize))
        return -1;
    for (int at = 0; at < m_requests.size(); ++at)
        if (m_requests[at].id == requestId)
            return at;
    return -1;
}

int RequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int RequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Request &r = m_requests.at(index.row());
    if (role == RequestIdRole)
        return r.id;
    if (role == StatusRole)
        return int(r.status);
    if (role == Qt::TextAlignmentRole && index.column() == DealColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OpenedColumn:
        return Formats::date(r.openedOn);
    case OpportunityColumn:
        return r.opportunity;
    case ProspectColumn:
        return r.prospectCompany;
    case ActivityColumn:
        return m_activityNames.value(r.activityTypeId);
    case StatusColumn:
        return displayName(r.status);
    case NeededByColumn:
        return r.neededBy.isValid() ? Formats::date(r.neededBy) : tr("—");
    case RequesterColumn:
        return r.requester;
    case DealColumn:
        // Deal sizes are in the programme's currency, whatever the reader's locale.
        return r.dealSize > 0 ? Formats::money(r.dealSize, m_services.rules().currency) : tr("—");
    }
    return {};
}

QVariant RequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OpenedColumn:
        return tr("Opened");
    case OpportunityColumn:
        return tr("Opportunity");
    case ProspectColumn:
        return tr("Prospect");
    case ActivityColumn:
        return tr("Activity");
    case StatusColumn:
        return tr("Status");
    case NeededByColumn:
        return tr("Needed by");
    case RequesterColumn:
        return tr("Requester");
    case DealColumn:
        return tr("Deal size");
    }
    return {};
}

} // namespace ad
