#pragma once

#include "services/TimelineService.h"

#include <QAbstractTableModel>

namespace ad {

class Services;

// One advocate's timeline (newest first), filterable by kind.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        KindColumn,
        WhatColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1
    };

    TimelineModel(Services &services, QObject *parent = nullptr);

    void setAdvocate(const QString &advocateId);
    // Empty: every kind.
    void setKindFilter(const QString &kind);
    void reload();

    // The kinds a filter can choose, with their labels.
    static QList<QPair<QString, QString>> kinds();
    static QString kindLabel(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    Services &m_services;
    QString m_advocateId;
    QString m_kind;
    QList<TimelineEntry> m_entries;
};

} // namespace ad
