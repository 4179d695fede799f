#include "AccountModels.h"

#include "domain/Enums.h"
#include "util/Formats.h"

#include <QLocale>

namespace ad {

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? Formats::date(date) : QString();
}

} // namespace

void AccountAdvocatesModel::setAdvocates(const QList<AccountAdvocate> &advocates)
{
    beginResetModel();
    m_rows = advocates;
    endResetModel();
}

int AccountAdvocatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountAdvocatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountAdvocatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountAdvocate &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case TitleColumn:
            return row.title;
        case TierColumn:
            return displayName(row.tier);
        case StageColumn:
            return tr("%1 · %2").arg(row.journeyStage).arg(journeyStageName(row.journeyStage));
        case NpsColumn:
            return row.latestNps ? QVariant(*row.latestNps) : QVariant(QStringLiteral("—"));
        case ContributionsColumn:
            return row.contributions;
        case PointsColumn:
            return row.points;
        case LastContributionColumn:
            return shortDate(row.lastContribution);
        }
        break;
    case Qt::ToolTipRole:
        return row.email;
    case Qt::TextAlignmentRole:
        if (index.column() == NpsColumn || index.column() == ContributionsColumn ||
            index.column() == PointsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AdvocateIdRole:
        return row.id;
    }
    return {};
}

QVariant AccountAdvocatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Advocate");
    case TitleColumn:
        return tr("Title");
    case TierColumn:
        return tr("Tier");
    case StageColumn:
        return tr("Journey");
    case NpsColumn:
        return tr("NPS");
    case ContributionsColumn:
        return tr("Contributions");
    case PointsColumn:
        return tr("Points");
    case LastContributionColumn:
        return tr("Last contribution");
    }
    return {};
}

void AccountContributionsModel::setContributions(const QList<AccountContribution> &contributions)
{
    beginResetModel();
    m_rows = contributions;
    endResetModel();
}

int AccountContributionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountContributionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountContributionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountContribution &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return shortDate(row.occurredOn);
        case AdvocateColumn:
            return row.advocateName;
        case ActivityColumn:
            return row.activity;
        case PointsColumn:
            return row.points;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PointsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AdvocateIdRole:
        return row.advocateId;
    }
    return {};
}

QVariant AccountContributionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AdvocateColumn:
        return tr("Advocate");
    case ActivityColumn:
        return tr("Activity");
    case PointsColumn:
        return tr("Points");
    }
    return {};
}

} // namespace ad
