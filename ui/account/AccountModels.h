#pragma once

#include "services/AccountSummaryService.h"

#include <QAbstractTableModel>

namespace ad {

// The advocates of one account, as the account page lists them.
class AccountAdvocatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TitleColumn,
        TierColumn,
        StageColumn,
        NpsColumn,
        ContributionsColumn,
        PointsColumn,
        LastContributionColumn,
        ColumnCount
    };
    enum Role
    {
        AdvocateIdRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setAdvocates(const QList<AccountAdvocate> &advocates);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccountAdvocate> m_rows;
};

// The contributions made by people at one account, newest first.
class AccountContributionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        AdvocateColumn,
        ActivityColumn,
        PointsColumn,
        ColumnCount
    };
    enum Role
    {
        AdvocateIdRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setContributions(const QList<AccountContribution> &contributions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccountContribution> m_rows;
};

} // namespace ad
