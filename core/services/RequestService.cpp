#include "RequestService.h"

#include "AuditLog.h"
#include "RequestMatcher.h"
#include "RequestRows.h"
#include "rules/RequestRules.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Formats.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct RulesText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Rules)
};

const QString kSelect = QStringLiteral("SELECT ") + requestColumns() + QStringLiteral(" FROM requests r ");

const QString kAskSelect =
    QStringLiteral("SELECT id, request_id, advocate_id, activity_type_id, asked_on, answer, "
                   "answered_on, reason, override_reason FROM asks ");

Ask askFrom(const SqlQuery &q)
{
    const QString answer = q.value(5).toString();
    return Ask{q.value(0).toString(),
               q.value(1).toString(),
               q.value(2).toString(),
               q.value(3).toString(),
               time::dateFromStorage(q.value(4)),
               answer == QLatin1String("accepted")   ? AskAnswer::Accepted
               : answer == QLatin1String("declined") ? AskAnswer::Declined
                                                     : AskAnswer::Pending,
               time::dateFromStorage(q.value(6)),
               q.value(7).toString(),
               q.value(8).toString()};
}

} // namespace

Result<Request> RequestService::create(const Request &input)
{
    Request request = input;
    for (QString *text : {&request.requester, &request.opportunity, &request.prospectCompany,
                          &request.industry, &request.segment, &request.region, &request.product})
        *text = text->trimmed();
    Result<bool> typeExists =
        rowExists(m_context.db, QStringLiteral("activity_types"), request.activityTypeId);
    if (!typeExists)
        return typeExists.error();
    if (!*typeExists)
        return makeError(ErrorKind::NotFound, RulesText::tr("The activity type does not exist."),
                         QStringLiteral("activity"));
    if (!request.segment.isEmpty() && !parseSegment(request.segment))
        return makeError(ErrorKind::Invalid,
                         RulesText::tr("“%1” is not a segment (smb, mid_market, enterprise).").arg(request.segment),
                         QStringLiteral("segment"));
    if (request.dealSize < 0)
        return makeError(ErrorKind::Invalid, RulesText::tr("The deal size cannot be negative."),
                         QStringLiteral("deal_size"));
    const QDate today = m_context.clock.today();
    if (request.neededBy.isValid() && request.neededBy < today)
        return makeError(
            ErrorKind::Invalid,
            RulesText::tr("The needed-by date %1 is already past.").arg(Formats::date(request.neededBy)),
            QStringLiteral("needed_by"));

    request.id = newId();
    request.status = RequestStatus::New;
    request.openedOn = today;
    request.createdAt = request.updatedAt = m_context.clock.now();
    const QString now = time::toStorage(request.createdAt);
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(
        m_context.db,
        QStringLiteral(
            "INSERT INTO requests (id, requester, opportunity, prospect_company, industry, "
            "segment, region, product, deal_size, activity_type_id, needed_by, status, "
            "opened_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(request.id).bind(request.requester).bind(request.opportunity).bind(request.prospectCompany);
    insert.bind(request.industry).bind(request.segment).bind(request.region).bind(request.product);
    insert.bind(request.dealSize).bind(request.activityTypeId).bind(time::toStorage(request.neededBy));
    insert.bind(ad::keyOf(request.status)).bind(time::toStorage(today)).bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status =
            AuditLog(m_context).record(QStringLiteral("request"), request.id, QString(),
                                       QStringLiteral("status"), QString(), ad::keyOf(request.status));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return request;
}

Result<Request> RequestService::get(const QString &id) const
{
    SqlQuery query(m_context.db, kSelect + QStringLiteral("WHERE id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, RulesText::tr("There is no request with the id “%1”.").arg(id),
                         QStringLiteral("request"));
    return requestFrom(query);
}

Result<QList<Request>> RequestService::list(std::optional<RequestStatus> status) const
{
    return page(status, 0, -1);
}

Result<QList<Request>> RequestService::page(std::optional<RequestStatus> status, int offset, int limit) const
{
    SqlQuery query(m_context.db, kSelect + QStringLiteral("WHERE (? = '' OR status = ?) "
                                                          "ORDER BY opened_on DESC, created_at DESC, id "
                                                          "LIMIT ? OFFSET ?"));
    const QString key = status ? ad::keyOf(*status) : QString();
    query.bind(key).bind(key).bindLimit(limit).bind(qMax(0, offset));
    if (Status result = query.exec(); !result)
        return result.error();
    QList<Request> requests;
    while (query.next())
        requests << requestFrom(query);
    return requests;
}

Result<int> RequestService::count(std::optional<RequestStatus> status) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT count(*) FROM requests WHERE (? = '' OR status = ?)"));
    const QString key = status ? ad::keyOf(*status) : QString();
    query.bind(key).bind(key);
    Result<QVariant> counted = scalar(query);
    if (!counted)
        return counted.error();
    return counted->toInt();
}

Result<int> RequestService::rowOf(std::optional<RequestStatus> status, const QString &requestId) const
{
    // Before it in list order: opened later, then created later, then a smaller id.
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT (SELECT count(*) FROM requests o WHERE (? = '' OR o.status = ?)"
                                  "  AND (o.opened_on > r.opened_on OR (o.opened_on = r.opened_on"
                                  "  AND (o.created_at > r.created_at OR (o.created_at = r.created_at"
                                  "  AND o.id < r.id))))) "
                                  "FROM requests r WHERE r.id = ? AND (? = '' OR r.status = ?)"));
    const QString key = status ? ad::keyOf(*status) : QString();
    query.bind(key).bind(key).bind(requestId).bind(key).bind(key);
    Result<QVariant> row = scalar(query);
    if (!row)
        return row.error();
    return row->isNull() ? -1 : row->toInt();
}

Status RequestService::writeStatus(const Request &request, RequestStatus to, const QString &reason)
{
    if (Status allowed = checkRequestMove(request.status, to); !allowed)
        return allowed;
    SqlQuery update(m_context.db,
                    QStringLiteral("UPDATE requests SET status = ?, updated_at = ? WHERE id = ?"));
    update.bind(ad::keyOf(to)).bind(time::toStorage(m_context.clock.now())).bind(request.id);
    if (Status status = update.exec(); !status)
        return status;
    return AuditLog(m_context).record(QStringLiteral("request"), request.id, QString(),
                                      QStringLiteral("status"), ad::keyOf(request.status), ad::keyOf(to),
                                      reason);
}

Status RequestService::checkMove(const QString &requestId, RequestStatus to) const
{
    Result<Request> request = get(requestId);
    if (!request)
        return request.error();
    return checkRequestMove(request->status, to);
}

Status RequestService::move(const QString &requestId, RequestStatus to, const QString &reason)
{
    Result<Request> request = get(requestId);
    if (!request)
        return request.error();
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status status = writeStatus(*request, to, reason); !status)
        return status;
    return transaction.commit();
}

Status RequestService::revert(const Request &before, const QString &reason)
{
    Result<Request> current = get(before.id);
    if (!current)
        return current.error();
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery update(m_context.db,
                    QStringLiteral("UPDATE requests SET status = ?, opened_on = ?, created_at = ?, "
                                   "updated_at = ? WHERE id = ?"));
    update.bind(ad::keyOf(before.status))
        .bind(time::toStorage(before.openedOn))
        .bind(time::toStorage(before.createdAt))
        .bind(time::toStorage(before.updatedAt))
        .bind(before.id);
    if (Status status = update.exec(); !status)
        return status;
    if (Status status = AuditLog(m_context).record(QStringLiteral("request"), before.id, QString(),
                                                   QStringLiteral("status"), ad::keyOf(current->status),
                                                   ad::keyOf(before.status), reason);
        !status)
        return status;
    return transaction.commit();
}

Result<std::optional<Ask>> RequestService::findAsk(const QString &requestId, const QString &advocateId) const
{
    SqlQuery query(m_context.db, kAskSelect + QStringLiteral("WHERE request_id = ? AND advocate_id = ?"));
    query.bind(requestId).bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Ask>();
    return std::optional<Ask>(askFrom(query));
}

Result<QList<Ask>> RequestService::asks(const QString &requestId) const
{
    SqlQuery query(m_context.db,
                   kAskSelect + QStringLiteral("WHERE request_id = ? ORDER BY asked_on, rowid"));
    query.bind(requestId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Ask> asks;
    while (query.next())
        asks << askFrom(query);
    return asks;
}

Result<QList<AskDetail>> RequestService::askDetails(const QString &requestId) const
{
    // The columns of askFrom(), then who and what came of the ask.
    SqlQuery query(
        m_context.db,
        QStringLiteral(
            "SELECT s.id, s.request_id, s.advocate_id, s.activity_type_id, s.asked_on, s.answer, s.answered_on,"
            " s.reason, s.override_reason, a.name, a.email, u.name, p.id, p.occurred_on,"
            " (SELECT count(*) FROM appreciations ap WHERE ap.participation_id = p.id)"
            " FROM asks s JOIN advocates a ON a.id = s.advocate_id LEFT JOIN users u ON u.id = a.owner_id"
            " LEFT JOIN participations p ON p.id = (SELECT q.id FROM participations q"
            "  WHERE q.request_id = s.request_id AND q.advocate_id = s.advocate_id"
            "  ORDER BY q.occurred_on DESC, q.rowid DESC LIMIT 1)"
            " WHERE s.request_id = ? ORDER BY s.asked_on, s.rowid"));
    query.bind(requestId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<AskDetail> details;
    while (query.next())
        details << AskDetail{askFrom(query),
                             query.value(9).toString(),
                             query.value(10).toString(),
                             query.value(11).toString(),
                             query.value(12).toString(),
                             time::dateFromStorage(query.value(13)),
                             query.value(14).toInt()};
    return details;
}

} // namespace ad
