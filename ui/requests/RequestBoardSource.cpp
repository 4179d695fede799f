#include "RequestBoardSource.h"

#include "MoveRequestCommand.h"
#include "rules/RequestRules.h"
#include "services/ActivityTypeService.h"
#include "services/Services.h"
#include "util/Formats.h"

#include <QCoreApplication>
#include <QLocale>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct RequestBoardSourceText
{
    Q_DECLARE_TR_FUNCTIONS(ad::RequestBoardSource)
};

QString titleOf(const Request &request)
{
    if (!request.opportunity.isEmpty())
        return request.opportunity;
    if (!request.prospectCompany.isEmpty())
        return request.prospectCompany;
    // Spelled out: lupdate gives a free function's RequestBoardSourceText::tr() the namespace as context.
    return QCoreApplication::translate("ad::RequestBoardSource", "Untitled request");
}

} // namespace

RequestBoardSource::RequestBoardSource(Services &services) : m_services(services) {}

QString RequestBoardSource::key() const
{
    return QStringLiteral("request");
}

QList<BoardColumn> RequestBoardSource::columns() const
{
    QList<BoardColumn> columns;
    for (RequestStatus status : allRequestStatusValues())
        columns << BoardColumn{keyOf(status), displayName(status),
                               status == RequestStatus::Declined || status == RequestStatus::Cancelled ||
                                   status == RequestStatus::Expired};
    return columns;
}

namespace {

// The request board through RequestBoardService, with the filter as it was
// when the load was asked for.
class RequestBoardReader final : public BoardReader
{
public:
    explicit RequestBoardReader(const RequestBoardFilter &filter) : m_filter(filter) {}

    Result<QList<BoardColumnTotal>> totals(const ServiceContext &context) const override
    {
        return RequestBoardService(context).totals(m_filter);
    }

    Result<QList<BoardItem>> page(const ServiceContext &context, int column, int offset,
                                  int limit) const override
    {
        Result<QList<RequestCard>> cards = RequestBoardService(context).page(m_filter, column, offset, limit);
        if (!cards)
            return cards.error();
        QList<BoardItem> items;
        items.reserve(cards->size());
        for (const RequestCard &card : std::as_const(*cards))
            items << BoardItem{card.request.id, column, card.request.dealSize, QVariant::fromValue(card)};
        return items;
    }

    Result<std::optional<BoardCardPosition>> position(const ServiceContext &context,
                                                      const QString &cardId) const override
    {
        return RequestBoardService(context).position(m_filter, cardId);
    }

    // The choices come from every request, filtered or not, so a filter never hides its own choice.
    Result<QVariant> lookups(const ServiceContext &context) const override
    {
        RequestBoardLookups lookups;
        Result<QList<ActivityType>> types = ActivityTypeService(context).list();
        if (!types)
            return types.error();
        for (const ActivityType &type : std::as_const(*types))
            lookups.activityNames.insert(type.id, type.name);
        Result<QStringList> requesters = RequestBoardService(context).requesters();
        if (!requesters)
            return requesters.error();
        lookups.requesters = *requesters;
        return QVariant::fromValue(lookups);
    }

private:
    RequestBoardFilter m_filter;
};

} // namespace

std::shared_ptr<const BoardReader> RequestBoardSource::reader() const
{
    return std::make_shared<RequestBoardReader>(m_filter);
}

void RequestBoardSource::setLookups(const QVariant &lookups)
{
    m_lookups = lookups.value<RequestBoardLookups>();
}

QVariant RequestBoardSource::cardData(const BoardItem &item, int role) const
{
    if (item.card.metaType() != QMetaType::fromType<RequestCard>())
        return {};
    // Read in place: a view asks for a dozen roles per card at every paint.
    const RequestCard &card = *static_cast<const RequestCard *>(item.card.constData());
    const Request &request = card.request;
    const QDate today = m_services.clock().today();
    switch (role) {
    case Qt::DisplayRole:
    case OpportunityRole:
        return titleOf(request);
    case Qt::ToolTipRole:
        return request.prospectCompany.isEmpty()
                   ? titleOf(request)
                   : RequestBoardSourceText::tr("%1 — %2").arg(titleOf(request), request.prospectCompany);
    case Qt::AccessibleTextRole:
        return RequestBoardSourceText::tr("%1, for %2, %3, deal size %4")
            .arg(titleOf(request),
                 request.requester.isEmpty() ? RequestBoardSourceText::tr("no requester") : request.requester,
                 m_lookups.activityNames.value(request.activityTypeId),
                 Formats::money(request.dealSize, m_services.rules().currency));
    case DealTextRole:
        return Formats::money(request.dealSize, m_services.rules().currency);
    case BoardModel::AccountRole: // the prospect company, where an advocate card has its account
        return request.prospectCompany;
    case RequesterRole:
        return request.requester;
    case ActivityRole:
        return m_lookups.activityNames.value(request.activityTypeId);
    case ProspectRole: {
        QStringList parts;
        if (!request.industry.isEmpty())
            parts << request.industry;
        if (const std::optional<Segment> segment = parseSegment(request.segment))
            parts << displayName(*segment);
        if (!request.region.isEmpty())
            parts << request.region;
        return parts.join(QStringLiteral(" · "));
    }
    case NeededByRole:
        return request.neededBy;
    case DaysLeftRole:
        return request.neededBy.isValid() ? QVariant(int(today.daysTo(request.neededBy))) : QVariant();
    case BoardModel::DaysInColumnRole:
        return int(request.updatedAt.date().daysTo(today));
    case AskedAdvocateRole:
        return card.askedNames;
    case IsOpenRole:
        return !isFinal(request.status) && request.status != RequestStatus::Completed;
    }
    return {};
}

QString RequestBoardSource::currency() const
{
    return m_services.rules().currency;
}

QString RequestBoardSource::amountSummary(const QString &money) const
{
    return RequestBoardSourceText::tr("Deals %1").arg(money);
}

QString RequestBoardSource::openCardText() const
{
    return RequestBoardSourceText::tr("Open Request");
}

Status RequestBoardSource::checkMove(const QString &cardId, int toColumn)
{
    const QList<RequestStatus> statuses = allRequestStatusValues();
    if (toColumn < 0 || toColumn >= statuses.size())
        return makeError(ErrorKind::Invalid, RequestBoardSourceText::tr("There is no such column."));
    return m_services.requests().checkMove(cardId, statuses[toColumn]);
}

Result<std::unique_ptr<QUndoCommand>> RequestBoardSource::performMove(const QString &cardId, int toColumn,
                                                                      const QString &reason, Done done)
{
    const QList<RequestStatus> statuses = allRequestStatusValues();
    if (toColumn < 0 || toColumn >= statuses.size())
        return makeError(ErrorKind::Invalid, RequestBoardSourceText::tr("There is no such column."));
    Result<std::unique_ptr<MoveRequestCommand>> command =
        MoveRequestCommand::perform(m_services, cardId, statuses[toColumn], reason, std::move(done));
    if (!command)
        return command.error();
    return std::unique_ptr<QUndoCommand>(std::move(command).value());
}

} // namespace ad
