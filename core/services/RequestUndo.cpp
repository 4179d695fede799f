// RequestService, part three: Undo of a new request, an ask and an answer.
#include "RequestService.h"

#include "ActivityPreferenceService.h"
#include "AuditLog.h"
#include "Withdrawal.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Undo)
};

struct AskState
{
    QString requestId;
    QString advocateId;
    QString answer;
    QString activityTypeId;
};

Result<std::optional<AskState>> askState(Database &db, const QString &askId)
{
    SqlQuery query(db, QStringLiteral("SELECT request_id, advocate_id, answer, activity_type_id FROM asks WHERE id = ?"));
    query.bind(askId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<AskState>();
    return std::optional<AskState>(
        AskState{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                 query.value(3).toString()});
}

// Undoing an accepted answer puts back the activity preference the acceptance
// replaced (the latest "open" it recorded on the ask), unless someone has
// changed the preference again since.
Status restorePreference(const ServiceContext &context, const QString &askId, const AskState &ask)
{
    Result<QList<AuditEvent>> events = AuditLog(context).forEntity(askId);
    if (!events)
        return events.error();
    std::optional<AuditEvent> opened;
    for (const AuditEvent &event : std::as_const(*events))
        if (event.entityType == QLatin1String("ask") && event.field == kActivityPreferenceField &&
            event.newValue == preferenceKey(true))
            opened = event;
    if (!opened)
        return {};
    Result<QHash<QString, bool>> now = ActivityPreferenceService(context).forAdvocate(ask.advocateId);
    if (!now)
        return now.error();
    if (!now->contains(ask.activityTypeId) || !now->value(ask.activityTypeId))
        return {};
    const std::optional<bool> was = preferenceFromKey(opened->oldValue);
    if (Status status = ActivityPreferenceService(context).apply(ask.advocateId, ask.activityTypeId, was); !status)
        return status;
    return AuditLog(context).record(QStringLiteral("ask"), askId, ask.advocateId, kActivityPreferenceField,
                                    preferenceKey(true), preferenceKey(was), UndoText::tr("Undone"));
}

} // namespace

Status RequestService::withdrawAsk(const QString &askId, const Request &before)
{
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    Result<std::optional<AskState>> ask = askState(m_context.db, askId);
    if (!ask)
        return ask.error();
    if (!ask->has_value())
        return Withdrawal::nothingToUndo();
    if ((*ask)->answer != QLatin1String("pending"))
        return makeError(ErrorKind::Refused,
                         UndoText::tr("The advocate has answered this ask since; undo the answer first."),
                         QStringLiteral("answer"));
    SqlQuery remove(m_context.db, QStringLiteral("DELETE FROM asks WHERE id = ?"));
    remove.bind(askId);
    if (Status status = remove.exec(); !status)
        return status;
    if (Status status = AuditLog(m_context).record(QStringLiteral("ask"), askId, (*ask)->advocateId,
                                                   QStringLiteral("answer"), QStringLiteral("pending"), QString(),
                                                   UndoText::tr("Undone"));
        !status)
        return status;
    if (Status status = revert(before, UndoText::tr("Undone")); !status)
        return status;
    return transaction.commit();
}

Status RequestService::withdrawAnswer(const QString &askId, const Request &before)
{
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    Result<std::optional<AskState>> ask = askState(m_context.db, askId);
    if (!ask)
        return ask.error();
    if (!ask->has_value())
        return Withdrawal::nothingToUndo();
    if ((*ask)->answer == QLatin1String("pending"))
        return {}; // already as undo would leave it
    SqlQuery update(m_context.db, QStringLiteral("UPDATE asks SET answer = 'pending', answered_on = NULL, "
                                                 "reason = '', updated_at = ? WHERE id = ?"));
    update.bind(time::toStorage(m_context.clock.now())).bind(askId);
    if (Status status = update.exec(); !status)
        return status;
    if (Status status = AuditLog(m_context).record(QStringLiteral("ask"), askId, (*ask)->advocateId,
                                                   QStringLiteral("answer"), (*ask)->answer,
                                                   QStringLiteral("pending"), UndoText::tr("Undone"));
        !status)
        return status;
    if ((*ask)->answer == QLatin1String("accepted"))
        if (Status status = restorePreference(m_context, askId, **ask); !status)
            return status;
    if (Status status = revert(before, UndoText::tr("Undone")); !status)
        return status;
    return transaction.commit();
}

Status RequestService::withdraw(const QString &requestId)
{
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery asked(m_context.db, QStringLiteral("SELECT count(*) FROM asks WHERE request_id = ?"));
    asked.bind(requestId);
    Result<QVariant> asks = scalar(asked);
    if (!asks)
        return asks.error();
    if (asks->toInt() > 0)
        return makeError(ErrorKind::Refused,
                         UndoText::tr("Advocates were asked for this request since; undo the asks first."),
                         QStringLiteral("request"));
    Result<Request> request = get(requestId);
    if (!request)
        return request.error().kind == ErrorKind::NotFound ? Withdrawal::nothingToUndo() : request.error();
    SqlQuery remove(m_context.db, QStringLiteral("DELETE FROM requests WHERE id = ?"));
    remove.bind(requestId);
    if (Status status = remove.exec(); !status)
        return status;
    if (Status status =
            AuditLog(m_context).record(QStringLiteral("request"), requestId, QString(), QStringLiteral("status"),
                                       ad::keyOf(request->status), QString(), UndoText::tr("Undone"));
        !status)
        return status;
    return transaction.commit();
}

} // namespace ad
