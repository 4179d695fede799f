#include "AdvocateBoardSource.h"

#include "BoardModel.h"
#include "MoveCardCommand.h"
#include "services/Services.h"

#include <QCoreApplication>

namespace ad {

AdvocateBoardSource::AdvocateBoardSource(Services &services, BoardKind kind) : m_services(services), m_kind(kind) {}

QString AdvocateBoardSource::key() const
{
    return boardKey(m_kind);
}

QList<BoardColumn> AdvocateBoardSource::columns() const
{
    return boardColumns(m_kind);
}

Result<QList<BoardItem>> AdvocateBoardSource::load()
{
    Result<QList<BoardCard>> cards = m_services.boards().cards(m_kind, m_filter);
    m_cards.clear();
    if (!cards)
        return cards.error();
    m_cards = std::move(cards).value();
    QList<BoardItem> items;
    items.reserve(m_cards.size());
    for (int row = 0; row < m_cards.size(); ++row)
        items << BoardItem{m_cards[row].advocateId, m_cards[row].column, m_cards[row].arr, row};
    return items;
}

QVariant AdvocateBoardSource::cardData(int sourceRow, int role) const
{
    if (sourceRow < 0 || sourceRow >= m_cards.size())
        return {};
    const BoardCard &card = m_cards[sourceRow];
    switch (role) {
    case Qt::DisplayRole:
        return card.name;
    case Qt::ToolTipRole:
        // Same translation contexts as before the board was generalised.
        return card.title.isEmpty() ? card.name
                                    : QCoreApplication::translate("ad::BoardModel", "%1 — %2").arg(card.name, card.title);
    case Qt::AccessibleTextRole:
        return QCoreApplication::translate("ad::BoardModel", "%1, %2, %3 tier, readiness %4")
            .arg(card.name, card.accountName, displayName(card.tier))
            .arg(card.readiness);
    case BoardModel::NominationIdRole:
        return card.nominationId;
    case BoardModel::TitleRole:
        return card.title;
    case BoardModel::AccountRole:
        return card.accountName;
    case BoardModel::OwnerRole:
        return card.ownerName;
    case BoardModel::TierRole:
        return int(card.tier);
    case BoardModel::ReadinessRole:
        return card.readiness;
    case BoardModel::DaysInColumnRole:
        return card.inColumnSince.isValid() ? int(card.inColumnSince.daysTo(m_services.clock().today())) : 0;
    case BoardModel::AskCapRole:
        return card.askCapReached;
    case BoardModel::ThankYouDueRole:
        return card.thankYouDue;
    }
    return {};
}

QString AdvocateBoardSource::amountSummary(const QString &money) const
{
    return QCoreApplication::translate("ad::BoardColumnWidget", "ARR %1").arg(money);
}

QString AdvocateBoardSource::openCardText() const
{
    return QCoreApplication::translate("ad::BoardView", "Open Profile");
}

Result<std::unique_ptr<QUndoCommand>> AdvocateBoardSource::performMove(const QString &cardId, int toColumn,
                                                                       const QString &reason, Done done)
{
    const QList<BoardColumn> all = columns();
    if (toColumn < 0 || toColumn >= all.size())
        return makeError(ErrorKind::Invalid, QCoreApplication::translate("ad::BoardModel", "There is no such column."));
    Result<std::unique_ptr<MoveCardCommand>> command =
        MoveCardCommand::perform(m_services, m_kind, cardId, toColumn, all[toColumn].title, reason, std::move(done));
    if (!command)
        return command.error();
    return std::unique_ptr<QUndoCommand>(std::move(command).value());
}

} // namespace ad
