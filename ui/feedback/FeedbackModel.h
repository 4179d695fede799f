#pragma once

#include "services/FeedbackService.h"

#include <QAbstractTableModel>

namespace ad {

class Services;

// The catalogued voice of the customer, newest first, as the filter allows.
class FeedbackModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        SourceColumn,
        RatingColumn,
        SentimentColumn,
        WhoColumn,
        TextColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role
    {
        AdvocateIdRole = Qt::UserRole + 1,
        SentimentRole,
        FeedbackIdRole
    };

    explicit FeedbackModel(Services &services, QObject *parent = nullptr);

    void setFilter(const FeedbackFilter &filter);
    void reload();
    const FeedbackRow &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    Services &m_services;
    FeedbackFilter m_filter;
    QList<FeedbackRow> m_rows;
};

} // namespace ad
