#include "EngagementService.h"

#include "ActivityTypeService.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Validation)
};

// Runs a single-row insert in its own transaction.
Status insertOne(Database &db, SqlQuery &insert)
{
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status status = insert.exec(); !status)
        return status;
    return transaction.commit();
}

} // namespace

Status EngagementService::requireAdvocate(const QString &advocateId) const
{
    Result<bool> exists = rowExists(m_context.db, QStringLiteral("advocates"), advocateId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(ErrorKind::NotFound, ValidationText::tr("The advocate does not exist."), QStringLiteral("advocate"));
    return {};
}

Result<Touch> EngagementService::logTouch(const Touch &input)
{
    if (Status status = requireAdvocate(input.advocateId); !status)
        return status.error();
    Touch touch = input;
    touch.id = newId();
    if (!touch.occurredOn.isValid())
        touch.occurredOn = m_context.clock.today();
    if (touch.loggedBy.isEmpty())
        touch.loggedBy = m_context.actor;
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO touches (id, advocate_id, kind, occurred_on, note, "
                                                 "logged_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(touch.id).bind(touch.advocateId).bind(keyOf(touch.kind)).bind(time::toStorage(touch.occurredOn));
    insert.bind(touch.note).bind(touch.loggedBy).bind(now).bind(now);
    if (Status status = insertOne(m_context.db, insert); !status)
        return status.error();
    return touch;
}

Result<Participation> EngagementService::recordContribution(const Participation &input)
{
    if (Status status = requireAdvocate(input.advocateId); !status)
        return status.error();
    Result<ActivityType> type = ActivityTypeService(m_context).get(input.activityTypeId);
    if (!type)
        return type.error();
    if (!input.requestId.isEmpty()) {
        Result<bool> request = rowExists(m_context.db, QStringLiteral("requests"), input.requestId);
        if (!request)
            return request.error();
        if (!*request)
            return makeError(ErrorKind::NotFound, ValidationText::tr("The request does not exist."), QStringLiteral("request"));
    }
    Participation participation = input;
    participation.id = newId();
    if (!participation.occurredOn.isValid())
        participation.occurredOn = m_context.clock.today();
    if (participation.points < 0)
        participation.points = type->points;
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery insert(m_context.db,
                    QStringLiteral("INSERT INTO participations (id, advocate_id, activity_type_id, request_id, "
                                   "occurred_on, points, artifact_link, published_on, final_shared_on, notes, "
                                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(participation.id).bind(participation.advocateId).bind(participation.activityTypeId);
    insert.bind(nullIfEmpty(participation.requestId)).bind(time::toStorage(participation.occurredOn));
    insert.bind(participation.points).bind(participation.artifactLink).bind(time::toStorage(participation.publishedOn));
    insert.bind(time::toStorage(participation.finalSharedOn)).bind(participation.notes).bind(now).bind(now);
    if (Status status = insertOne(m_context.db, insert); !status)
        return status.error();
    return participation;
}

Result<Appreciation> EngagementService::recordAppreciation(const Appreciation &input)
{
    if (Status status = requireAdvocate(input.advocateId); !status)
        return status.error();
    if (input.cost < 0)
        return makeError(ErrorKind::Invalid, ValidationText::tr("A cost cannot be negative."), QStringLiteral("cost"));
    if (!input.participationId.isEmpty()) {
        SqlQuery owner(m_context.db, QStringLiteral("SELECT advocate_id FROM participations WHERE id = ?"));
        owner.bind(input.participationId);
        Result<QVariant> advocate = scalar(owner);
        if (!advocate)
            return advocate.error();
        if (advocate->isNull() || advocate->toString() != input.advocateId)
            return makeError(ErrorKind::NotFound, ValidationText::tr("The contribution being thanked is not this advocate’s."),
                             QStringLiteral("participation"));
    }
    Appreciation appreciation = input;
    appreciation.id = newId();
    if (!appreciation.occurredOn.isValid())
        appreciation.occurredOn = m_context.clock.today();
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO appreciations (id, advocate_id, participation_id, kind, "
                                                 "occurred_on, cost, note, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(appreciation.id).bind(appreciation.advocateId).bind(nullIfEmpty(appreciation.participationId));
    insert.bind(keyOf(appreciation.kind)).bind(time::toStorage(appreciation.occurredOn)).bind(appreciation.cost);
    insert.bind(appreciation.note).bind(now).bind(now);
    if (Status status = insertOne(m_context.db, insert); !status)
        return status.error();
    return appreciation;
}

Status EngagementService::setParticipationDate(const QString &participationId, const QString &column, const QDate &on)
{
    // `column` is one of two literals from the callers below.
    SqlQuery update(m_context.db,
                    QStringLiteral("UPDATE participations SET %1 = ?, updated_at = ? WHERE id = ?").arg(column));
    update.bind(time::toStorage(on.isValid() ? on : m_context.clock.today()));
    update.bind(time::toStorage(m_context.clock.now())).bind(participationId);
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status status = update.exec(); !status)
        return status;
    if (update.rowsAffected() == 0)
        return makeError(ErrorKind::NotFound, ValidationText::tr("The contribution does not exist."), QStringLiteral("participation"));
    return transaction.commit();
}

Status EngagementService::markPublished(const QString &participationId, const QDate &on)
{
    return setParticipationDate(participationId, QStringLiteral("published_on"), on);
}

Status EngagementService::markFinalVersionShared(const QString &participationId, const QDate &on)
{
    return setParticipationDate(participationId, QStringLiteral("final_shared_on"), on);
}

Result<QList<Touch>> EngagementService::touches(const QString &advocateId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT id, advocate_id, kind, occurred_on, note, logged_by FROM touches "
                                                "WHERE advocate_id = ? ORDER BY occurred_on, rowid"));
    query.bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Touch> list;
    while (query.next())
        list << Touch{query.value(0).toString(), query.value(1).toString(),
                      parseTouchKind(query.value(2).toString()).value_or(TouchKind::CheckIn),
                      time::dateFromStorage(query.value(3)), query.value(4).toString(), query.value(5).toString()};
    return list;
}

Result<QList<Participation>> EngagementService::contributions(const QString &advocateId) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT id, advocate_id, activity_type_id, request_id, occurred_on, points, "
                                  "artifact_link, published_on, final_shared_on, notes FROM participations "
                                  "WHERE advocate_id = ? ORDER BY occurred_on, rowid"));
    query.bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Participation> list;
    while (query.next())
        list << Participation{query.value(0).toString(),           query.value(1).toString(),
                              query.value(2).toString(),           query.value(3).toString(),
                              time::dateFromStorage(query.value(4)), query.value(5).toInt(),
                              query.value(6).toString(),           time::dateFromStorage(query.value(7)),
                              time::dateFromStorage(query.value(8)), query.value(9).toString()};
    return list;
}

Result<QList<Appreciation>> EngagementService::appreciations(const QString &advocateId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT id, advocate_id, participation_id, kind, occurred_on, cost, note "
                                                "FROM appreciations WHERE advocate_id = ? ORDER BY occurred_on, rowid"));
    query.bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Appreciation> list;
    while (query.next())
        list << Appreciation{query.value(0).toString(),
                             query.value(1).toString(),
                             query.value(2).toString(),
                             parseAppreciationKind(query.value(3).toString()).value_or(AppreciationKind::ThankYouNote),
                             time::dateFromStorage(query.value(4)),
                             query.value(5).toDouble(),
                             query.value(6).toString()};
    return list;
}

} // namespace ad
