#include "RequestsModel.h"

#include "services/Services.h"

#include <QLocale>

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
    Result<QList<Request>> requests = m_services.requests().list(m_status);
    beginResetModel();
    m_activityNames.clear();
    if (Result<QList<ActivityType>> types = m_services.activityTypes().list())
        for (const ActivityType &type : *types)
            m_activityNames.insert(type.id, type.name);
    m_requests = requests ? *requests : QList<Request>();
    std::stable_sort(m_requests.begin(), m_requests.end(),
                     [](const Request &a, const Request &b) { return a.openedOn > b.openedOn; });
    endResetModel();
    if (!requests)
        emit loadFailed(requests.error().message);
}

int RequestsModel::rowOf(const QString &requestId) const
{
    for (int row = 0; row < m_requests.size(); ++row)
        if (m_requests[row].id == requestId)
            return row;
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
    const QLocale locale;
    switch (index.column()) {
    case OpenedColumn:
        return locale.toString(r.openedOn, QLocale::ShortFormat);
    case OpportunityColumn:
        return r.opportunity;
    case ProspectColumn:
        return r.prospectCompany;
    case ActivityColumn:
        return m_activityNames.value(r.activityTypeId);
    case StatusColumn:
        return displayName(r.status);
    case NeededByColumn:
        return r.neededBy.isValid() ? locale.toString(r.neededBy, QLocale::ShortFormat) : tr("—");
    case RequesterColumn:
        return r.requester;
    case DealColumn:
        // Deal sizes come from the CRM in dollars; the locale only groups the digits.
        return r.dealSize > 0 ? QString(QStringLiteral("$") + locale.toString(r.dealSize)) : tr("—");
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
