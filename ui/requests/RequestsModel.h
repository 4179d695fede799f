#pragma once

#include "domain/Request.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace ad {

class Services;

// Sales and marketing asks, newest first, optionally one status only. Rows are
// read a page at a time as the view scrolls (canFetchMore), so a programme of
// 18,000 requests opens, and reloads after every edit, as fast as a small one.
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
    // The request's row, reading down to it first when it was not read yet; -1
    // when the status filter hides it.
    int rowOf(const QString &requestId);
    // Every request the filter lets through, read or not.
    int totalCount() const { return m_total; }

    static constexpr int kPageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    bool readMore(int rows);

    Services &m_services;
    std::optional<RequestStatus> m_status;
    QList<Request> m_requests; // the rows read so far, in list order
    int m_total = 0;
    QHash<QString, QString> m_activityNames;
};

} // namespace ad
