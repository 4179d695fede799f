#include "NpsService.h"

#include "Validation.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, advocate_id, score, comment, responded_on, source FROM nps_responses ");

NpsResponse responseFrom(const SqlQuery &q)
{
    return NpsResponse{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                       q.value(3).toString(), time::dateFromStorage(q.value(4)), q.value(5).toString()};
}

} // namespace

Result<NpsResponse> NpsService::record(const NpsResponse &input)
{
    if (Status valid = validate::npsScore(input.score); !valid)
        return valid.error();
    Result<bool> exists = rowExists(m_context.db, QStringLiteral("advocates"), input.advocateId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(ErrorKind::NotFound,
                         QCoreApplication::translate("ad::Validation", "The advocate does not exist."),
                         QStringLiteral("advocate"));
    NpsResponse response = input;
    response.id = newId();
    if (!response.respondedOn.isValid())
        response.respondedOn = m_context.clock.today();
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO nps_responses (id, advocate_id, score, comment, "
                                                 "responded_on, source, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(response.id).bind(response.advocateId).bind(response.score).bind(response.comment);
    insert.bind(time::toStorage(response.respondedOn)).bind(response.source).bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return response;
}

Result<QList<NpsResponse>> NpsService::history(const QString &advocateId) const
{
    SqlQuery query(m_context.db, kSelect + QStringLiteral("WHERE advocate_id = ? ORDER BY responded_on, rowid"));
    query.bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<NpsResponse> responses;
    while (query.next())
        responses << responseFrom(query);
    return responses;
}

Result<std::optional<NpsResponse>> NpsService::latest(const QString &advocateId) const
{
    SqlQuery query(m_context.db,
                   kSelect + QStringLiteral("WHERE advocate_id = ? ORDER BY responded_on DESC, rowid DESC LIMIT 1"));
    query.bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<NpsResponse>();
    return std::optional<NpsResponse>(responseFrom(query));
}

} // namespace ad
