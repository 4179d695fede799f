#pragma once

#include "domain/Request.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace ad {

class Services;

// Sales and marketing asks, newest first, optionally one status only.
class RequestsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OpenedColumn,
        OpportunityColumn,
        ProspectColumn,
        ActivityColumn,
        StatusColumn,
        NeededByColumn,
        RequesterColumn,
        DealColumn,
        ColumnCount
    };
    enum Role
    {
        RequestIdRole = Qt::UserRole + 1,
        StatusRole
    };

    explicit RequestsModel(Services &services, QObject *parent = nullptr);

    void setStatusFilter(std::optional<RequestStatus> status);
    void reload();
    const Request &request(int row) const { return m_requests.at(row); }
    int rowOf(const QString &requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    Services &m_services;
    std::optional<RequestStatus> m_status;
    QList<Request> m_requests;
    QHash<QString, QString> m_activityNames;
};

} // namespace ad
