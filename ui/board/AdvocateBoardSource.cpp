#include "AdvocateBoardSource.h"

#include "BoardModel.h"
#include "MoveCardCommand.h"
#include "services/Services.h"
#include "services/UserService.h"

#include <QCoreApplication>

namespace ad {

AdvocateBoardSource::AdvocateBoardSource(Services &services, BoardKind kind)
    : m_services(services), m_kind(kind)
{
}

QString AdvocateBoardSource::key() const
{
    return boardKey(m_kind);
}

QList<BoardColumn> AdvocateBoardSource::columns() const
{
    return boardColumns(m_kind);
}

namespace {

// The advocate boards through BoardService, with the filter and the rules as
// they were when the load was asked for.
class AdvocateBoardReader final : public BoardReader
{
public:
    AdvocateBoardReader(BoardKind kind, const BoardFilter &filter, const ProgrammeRules &rules)
        : m_kind(kind), m_filter(filter), m_rules(rules)
    {
    }

    Result<QList<BoardColumnTotal>> totals(const ServiceContext &context) const override
    {
        return BoardService(context, m_rules).totals(m_kind, m_filter);
    }

    Result<QList<BoardItem>> page(const ServiceContext &context, int column, int offset,
                                  int limit) const override
    {
        Result<QList<BoardCard>> cards =
            BoardService(context, m_rules).page(m_kind, m_filter, column, offset, limit);
        if (!cards)
            return cards.error();
        QList<BoardItem> items;
        items.reserve(cards->size());
        for (const BoardCard &card : std::as_const(*cards))
            items << BoardItem{card.advocateId, card.column, card.arr, QVariant::fromValue(card)};
        return items;
    }

    Result<std::optional<BoardCardPosition>> position(const ServiceContext &context,
                                                      const QString &cardId) const override
    {
        return BoardService(context, m_rules).position(m_kind, m_filter, cardId);
    }

    // The filter choices, from every advocate and account whatever the filter.
    Result<QVariant> lookups(const ServiceContext &context) const override
    {
        BoardFilterChoices choices;
        Result<QList<User>> users = UserService(context).list();
        if (!users)
            return users.error();
        for (const User &user : std::as_const(*users))
            if (user.role == UserRole::Csm)
                choices.owners << qMakePair(user.name, user.id);
        const BoardService boards(context, m_rules);
        Result<QStringList> industries = boards.industries();
        if (!industries)
            return industries.error();
        Result<QStringList> regions = boards.regions();
        if (!regions)
            return regions.error();
        choices.industries = *industries;
        choices.regions = *regions;
        return QVariant::fromValue(choices);
    }

private:
    BoardKind m_kind;
    BoardFilter m_filter;
    ProgrammeRules m_rules;
};

} // namespace

void AdvocateBoardSource::setLookups(const QVariant &lookups)
{
    m_choices = lookups.value<BoardFilterChoices>();
}

std::shared_ptr<const BoardReader> AdvocateBoardSource::reader() const
{
    return std::make_shared<AdvocateBoardReader>(m_kind, m_filter, m_services.rules());
}

QVariant AdvocateBoardSource::cardData(const BoardItem &item, int role) const
{
    if (item.card.metaType() != QMetaType::fromType<BoardCard>())
        return {};
    // Read in place: a view asks for a dozen roles per card at every paint.
    const BoardCard &card = *static_cast<const BoardCard *>(item.card.constData());
    switch (role) {
    case Qt::DisplayRole:
        return card.name;
    case Qt::ToolTipRole:
        // Same translation contexts as before the board was generalised.
        return card.title.isEmpty()
                   ? card.name
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

QString AdvocateBoardSource::currency() const
{
    return m_services.rules().currency;
}

QString AdvocateBoardSource::amountSummary(const QString &money) const
{
    return QCoreApplication::translate("ad::BoardColumnWidget", "ARR %1").arg(money);
}

QString AdvocateBoardSource::openCardText() const
{
    return QCoreApplication::translate("ad::BoardView", "Open Profile");
}

Status AdvocateBoardSource::checkMove(const QString &cardId, int toColumn)
{
    if (m_kind != BoardKind::Nomination)
        return {}; // any journey stage may follow any other
    Result<std::optional<Nomination>> nomination = m_services.nominations().forAdvocate(cardId);
    if (!nomination)
        return nomination.error();
    if (!nomination->has_value())
        return {}; // performMove says so, with the name
    return m_services.nominations().checkMove((*nomination)->id, static_cast<NominationStatus>(toColumn));
}

Result<std::unique_ptr<QUndoCommand>> AdvocateBoardSource::performMove(const QString &cardId, int toColumn,
                                                                       const QString &reason, Done done)
{
    const QList<BoardColumn> all = columns();
    if (toColumn < 0 || toColumn >= all.size())
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("ad::BoardModel", "There is no such column."));
    Result<std::unique_ptr<MoveCardCommand>> command = MoveCardCommand::perform(
        m_services, m_kind, cardId, toColumn, all[toColumn].title, reason, std::move(done));
    if (!command)
        return command.error();
    return std::unique_ptr<QUndoCommand>(std::move(command).value());
}

} // namespace ad
