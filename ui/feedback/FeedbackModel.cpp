#include "FeedbackModel.h"

#include "services/Services.h"
#include "util/Formats.h"

#include <QColor>
#include <QLocale>

namespace ad {

FeedbackModel::FeedbackModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{
    reload();
}

void FeedbackModel::setFilter(const FeedbackFilter &filter)
{
    m_filter = filter;
    reload();
}

void FeedbackModel::reload()
{
    Result<QList<FeedbackRow>> rows = m_services.feedback().list(m_filter);
    beginResetModel();
    m_rows = rows ? *rows : QList<FeedbackRow>();
    endResetModel();
    if (!rows)
        emit loadFailed(rows.error().message);
}

int FeedbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedbackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedbackRow &row = m_rows.at(index.row());
    const FeedbackItem &item = row.item;
    switch (role) {
    case AdvocateIdRole:
        return item.advocateId;
    case SentimentRole:
        return int(item.sentiment);
    case FeedbackIdRole:
        return item.id;
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? item.body : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == SentimentColumn)
            return item.sentiment == Sentiment::Positive   ? QColor(0x2e, 0x9e, 0x5b)
                   : item.sentiment == Sentiment::Negative ? QColor(0xd1, 0x43, 0x43)
                                                           : QVariant();
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return Formats::date(item.receivedOn);
        case SourceColumn:
            return item.source;
        case RatingColumn:
            return item.rating ? QLocale().toString(*item.rating, 'g', 3) : tr("—");
        case SentimentColumn:
            return displayName(item.sentiment);
        case WhoColumn:
            if (row.advocateName.isEmpty())
                return row.accountName;
            return row.accountName.isEmpty() ? row.advocateName
                                             : tr("%1, %2").arg(row.advocateName, row.accountName);
        case TextColumn:
            return QString(item.body).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case TagsColumn:
            return item.tags.join(QStringLiteral(", "));
        }
    }
    return {};
}

QVariant FeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    case RatingColumn:
        return tr("Rating");
    case SentimentColumn:
        return tr("Sentiment");
    case WhoColumn:
        return tr("Who");
    case TextColumn:
        return tr("What they said");
    case TagsColumn:
        return tr("Tags");
    }
    return {};
}

} // namespace ad
