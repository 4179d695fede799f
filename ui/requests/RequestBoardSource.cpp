#include "RequestBoardSource.h"

#include "MoveRequestCommand.h"
#include "rules/RequestRules.h"
#include "services/Services.h"

#include <QCoreApplication>
#include <QLocale>

namespace ad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ad::RequestBoardSource", text);
}

QString titleOf(const Request &request)
{
    if (!request.opportunity.isEmpty())
        return request.opportunity;
    if (!request.prospectCompany.isEmpty())
        return request.prospectCompany;
    // Spelled out: lupdate gives a free function's tr() the namespace as context.
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

bool RequestBoardSource::matches(const Request &request) const
{
    if (!m_filter.activityTypeId.isEmpty() && request.activityTypeId != m_filter.activityTypeId)
        return false;
    if (!m_filter.requester.isEmpty() && request.requester != m_filter.requester)
        return false;
    const QString text = m_filter.text.trimmed();
    if (text.isEmpty())
        return true;
    for (const QString &field : {request.opportunity, request.prospectCompany, request.requester,
                                 request.industry, request.region, request.product})
        if (field.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

Result<QList<BoardItem>> RequestBoardSource::load()
{
    m_requests.clear();
    m_askedNames.clear();
    m_activityNames.clear();
    m_requesters.clear();
    Result<QList<ActivityType>> types = m_services.activityTypes().list();
    if (!types)
        return types.error();
    for (const ActivityType &type : *types)
        m_activityNames.insert(type.id, type.name);
    Result<QList<Request>> requests = m_services.requests().list();
    if (!requests)
        return requests.error();

    QHash<QString, QString> advocateNames; // one lookup per advocate, however many asks
    QList<BoardItem> items;
    for (const Request &request : std::as_const(*requests)) {
        if (!request.requester.isEmpty() && !m_requesters.contains(request.requester))
            m_requesters << request.requester;
        if (!matches(request))
            continue;
        Result<QList<Ask>> asks = m_services.requests().asks(request.id);
        if (!asks)
            return asks.error();
        QStringList asked;
        for (const Ask &ask : std::as_const(*asks)) {
            auto name = advocateNames.constFind(ask.advocateId);
            if (name == advocateNames.cend()) {
                Result<Advocate> advocate = m_services.advocates().get(ask.advocateId);
                name = advocateNames.insert(ask.advocateId, advocate ? advocate->name : QString());
            }
            if (!name->isEmpty() && ask.answer != AskAnswer::Declined)
                asked << *name;
        }
        items << BoardItem{request.id, int(request.status), request.dealSize, int(m_requests.size())};
        m_requests << request;
        m_askedNames << asked.join(QStringLiteral(", "));
    }
    m_requesters.sort(Qt::CaseInsensitive);
    return items;
}

QVariant RequestBoardSource::cardData(int sourceRow, int role) const
{
    if (sourceRow < 0 || sourceRow >= m_requests.size())
        return {};
    const Request &request = m_requests[sourceRow];
    const QDate today = m_services.clock().today();
    switch (role) {
    case Qt::DisplayRole:
    case OpportunityRole:
        return titleOf(request);
    case Qt::ToolTipRole:
        return request.prospectCompany.isEmpty() ? titleOf(request)
                                                 : tr("%1 — %2").arg(titleOf(request), request.prospectCompany);
    case Qt::AccessibleTextRole:
        return tr("%1, for %2, %3, deal size %4")
            .arg(titleOf(request), request.requester.isEmpty() ? tr("no requester") : request.requester,
                 m_activityNames.value(request.activityTypeId), QLocale().toString(request.dealSize));
    case BoardModel::AccountRole: // the prospect company, where an advocate card has its account
        return request.prospectCompany;
    case RequesterRole:
        return request.requester;
    case ActivityRole:
        return m_activityNames.value(request.activityTypeId);
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
        return m_askedNames.value(sourceRow);
    case IsOpenRole:
        return !isFinal(request.status) && request.status != RequestStatus::Completed;
    }
    return {};
}

QString RequestBoardSource::amountSummary(const QString &money) const
{
    return tr("Deals %1").arg(money);
}

QString RequestBoardSource::openCardText() const
{
    return tr("Open Request");
}

Result<std::unique_ptr<QUndoCommand>> RequestBoardSource::performMove(const QString &cardId, int toColumn,
                                                                      const QString &reason, Done done)
{
    const QList<RequestStatus> statuses = allRequestStatusValues();
    if (toColumn < 0 || toColumn >= statuses.size())
        return makeError(ErrorKind::Invalid, tr("There is no such column."));
    Result<std::unique_ptr<MoveRequestCommand>> command =
        MoveRequestCommand::perform(m_services, cardId, statuses[toColumn], reason, std::move(done));
    if (!command)
        return command.error();
    return std::unique_ptr<QUndoCommand>(std::move(command).value());
}

} // namespace ad
