#include "TimelineModel.h"

#include "services/Services.h"

#include <QLocale>

namespace ad {

TimelineModel::TimelineModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{
}

QList<QPair<QString, QString>> TimelineModel::kinds()
{
    QList<QPair<QString, QString>> list;
    for (const char *kind :
         {"nomination", "status", "nps", "touch", "contribution", "appreciation", "note", "audit"})
        list << qMakePair(QString::fromLatin1(kind), kindLabel(QString::fromLatin1(kind)));
    return list;
}

QString TimelineModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("nomination"))
        return tr("Nomination");
    if (kind == QLatin1String("status"))
        return tr("Status change");
    if (kind == QLatin1String("nps"))
        return tr("NPS");
    if (kind == QLatin1String("touch"))
        return tr("Touch");
    if (kind == QLatin1String("contribution"))
        return tr("Contribution");
    if (kind == QLatin1String("appreciation"))
        return tr("Appreciation");
    if (kind == QLatin1String("note"))
        return tr("Note");
    if (kind == QLatin1String("feedback"))
        return tr("Feedback");
    if (kind == QLatin1String("referral"))
        return tr("Referral");
    if (kind == QLatin1String("audit"))
        return tr("Change");
    return kind;
}

void TimelineModel::setAdvocate(const QString &advocateId)
{
    m_advocateId = advocateId;
    reload();
}

void TimelineModel::setKindFilter(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    reload();
}

void TimelineModel::reload()
{
    Result<QList<TimelineEntry>> entries = m_advocateId.isEmpty()
                                               ? Result<QList<TimelineEntry>>(QList<TimelineEntry>())
                                               : m_services.timeline().forAdvocate(m_advocateId);
    beginResetModel();
    m_entries.clear();
    if (entries)
        for (const TimelineEntry &entry : *entries)
            if (m_kind.isEmpty() || entry.kind == m_kind)
                m_entries << entry;
    endResetModel();
    if (!entries)
        emit loadFailed(entries.error().message);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    if (role == KindRole)
        return entry.kind;
    if (role == Qt::ToolTipRole && index.column() == WhatColumn)
        return entry.summary;
    // The date and kind stay beside the first line of a sentence that wraps.
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return entry.dateOnly
                   ? QLocale().toString(entry.at.date(), QLocale::ShortFormat)
                   : QLocale().toString(entry.at.toLocalTime().date(), QLocale::ShortFormat) +
                         QLatin1Char(' ') +
                         QLocale().toString(entry.at.toLocalTime().time(), QStringLiteral("HH:mm"));
    case KindColumn:
        return kindLabel(entry.kind);
    case WhatColumn:
        return entry.summary;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("What kind");
    case WhatColumn:
        return tr("What happened");
    }
    return {};
}

} // namespace ad
