#pragma once

#include "services/AdvocateDirectory.h"

#include <QAbstractTableModel>

namespace ad {

class Services;

// The advocates table, loaded a page at a time as the view scrolls
// (canFetchMore/fetchMore), so 100,000 advocates cost what fits on screen.
// Sorting and the search text are applied by the database, not in memory.
class AdvocateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AccountColumn,
        TierColumn,
        StageColumn,
        NpsColumn,
        ReadinessColumn,
        ColumnCount
    };
    enum Role
    {
        AdvocateIdRole = Qt::UserRole + 1,
        EmailRole,
        AccountIdRole
    };
    static constexpr int kPageSize = 200;

    explicit AdvocateTableModel(Services &services, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Full-text prefix search over name, email, title, account, story and notes.
    void setSearchText(const QString &text);
    QString searchText() const { return m_query.text; }

    // How many advocates match, loaded or not.
    int totalCount() const { return m_total; }
    // Re-reads from the database (after an import, a demo load, another process' writes).
    void reload();

signals:
    // The count or the search changed: the page updates its status line.
    void totalCountChanged(int total);
    // A read failed; the message is for the user.
    void loadFailed(const QString &message);

private:
    void resetFromDatabase();

    Services &m_services;
    DirectoryQuery m_query;
    QList<AdvocateRow> m_rows;
    int m_total = 0;
    bool m_resetting = false;
};

} // namespace ad
