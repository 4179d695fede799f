// RequestService, part two: asking advocates and recording their answers.
#include "RequestService.h"

#include "ActivityPreferenceService.h"
#include "AuditLog.h"
#include "Authority.h"
#include "RequestMatcher.h"
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

QString answerKey(AskAnswer answer)
{
    return answer == AskAnswer::Accepted   ? QStringLiteral("accepted")
           : answer == AskAnswer::Declined ? QStringLiteral("declined")
                                           : QStringLiteral("pending");
}

// An accepted ask says the advocate is open to its activity type: the profile's
// preference for it becomes "open to", audited on the ask (field
// kActivityPreferenceField, the keys of preferenceKey()) so that undoing the
// answer can put back what was there. Nothing is written when it already was.
Status recordOpenTo(const ServiceContext &context, const Ask &ask)
{
    SqlQuery current(context.db, QStringLiteral("SELECT open_to FROM activity_preferences"
                                                " WHERE advocate_id = ? AND activity_type_id = ?"));
    current.bind(ask.advocateId).bind(ask.activityTypeId);
    Result<QVariant> before = scalar(current);
    if (!before)
        return before.error();
    const std::optional<bool> was =
        before->isNull() ? std::nullopt : std::optional<bool>(before->toInt() != 0);
    if (was == std::optional<bool>(true))
        return {};
    SqlQuery name(context.db, QStringLiteral("SELECT name FROM activity_types WHERE id = ?"));
    name.bind(ask.activityTypeId);
    Result<QVariant> activity = scalar(name);
    if (!activity)
        return activity.error();
    if (Status status = ActivityPreferenceService(context).set(ask.advocateId, ask.activityTypeId, true); !status)
        return status;
    return AuditLog(context).record(QStringLiteral("ask"), ask.id, ask.advocateId, kActivityPreferenceField,
                                    preferenceKey(was), preferenceKey(true),
                                    RulesText::tr("Accepted an ask for %1").arg(activity->toString()));
}

} // namespace

QString preferenceKey(std::optional<bool> openTo)
{
    return !openTo ? QString() : *openTo ? QStringLiteral("open") : QStringLiteral("not_open");
}

std::optional<bool> preferenceFromKey(const QString &key)
{
    if (key == QLatin1String("open"))
        return true;
    if (key == QLatin1String("not_open"))
        return false;
    return std::nullopt;
}

Result<Ask> RequestService::recordAsk(const QString &requestId, const QString &advocateId,
                                      const QString &overrideReason)
{
    Result<Request> request = get(requestId);
    if (!request)
        return request.error();
    if (!acceptsAsks(request->status))
        return makeError(
            ErrorKind::Refused,
            RulesText::tr("The request is %1; nobody more can be asked for it.").arg(displayName(request->status)),
            QStringLiteral("status"));
    Result<std::optional<MatchExclusion>> exclusion =
        RequestMatcher(m_context, m_rules).exclusionFor(requestId, advocateId);
    if (!exclusion)
        return exclusion.error();
    const QString why = overrideReason.trimmed();
    if (exclusion->has_value()) {
        const MatchExclusion &excluded = **exclusion;
        // Asking twice for the same request is never a protection to override.
        if (excluded.reason == ExclusionReason::AlreadyAsked)
            return makeError(ErrorKind::Duplicate,
                             RulesText::tr("%1 was already asked for this request.").arg(excluded.email),
                             QStringLiteral("advocate"));
        if (why.isEmpty())
            return makeError(ErrorKind::Refused,
                             RulesText::tr("%1 cannot be asked: %2.").arg(excluded.email, excluded.text),
                             QStringLiteral("advocate"));
        if (Status allowed = requireProgrammeManager(
                m_context, RulesText::tr("%1 cannot be asked: %2. Only a programme manager may override that.")
                               .arg(excluded.email, excluded.text));
            !allowed)
            return allowed.error();
    }

    Ask ask{newId(),
            requestId,
            advocateId,
            request->activityTypeId,
            m_context.clock.today(),
            AskAnswer::Pending,
            QDate(),
            QString(),
            exclusion->has_value() ? why : QString()};
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(
        m_context.db,
        QStringLiteral(
            "INSERT INTO asks (id, request_id, advocate_id, activity_type_id, asked_on, answer, "
            "override_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)"));
    insert.bind(ask.id).bind(requestId).bind(advocateId).bind(ask.activityTypeId);
    insert.bind(time::toStorage(ask.askedOn)).bind(ask.overrideReason).bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    const QString auditReason =
        exclusion->has_value() ? RulesText::tr("Overrode “%1”: %2").arg((*exclusion)->text, why) : QString();
    if (Status status =
            AuditLog(m_context).record(QStringLiteral("ask"), ask.id, advocateId, QStringLiteral("answer"),
                                       QString(), answerKey(AskAnswer::Pending), auditReason);
        !status)
        return status.error();
    // The pipeline walks its steps (each audited) rather than jumping to Asked.
    Request current = *request;
    const QList<RequestStatus> path =
        current.status == RequestStatus::Asked ? QList<RequestStatus>{}
        : current.status == RequestStatus::Matching
            ? QList<RequestStatus>{RequestStatus::Asked}
            : QList<RequestStatus>{RequestStatus::Matching, RequestStatus::Asked};
    for (RequestStatus next : path) {
        if (Status status = writeStatus(current, next, RulesText::tr("Asked %1").arg(advocateId)); !status)
            return status.error();
        current.status = next;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return ask;
}

Status RequestService::answer(const QString &requestId, const QString &advocateId, AskAnswer answer,
                              const QString &reason)
{
    if (answer == AskAnswer::Pending)
        return makeError(ErrorKind::Invalid, RulesText::tr("An answer is either accepted or declined."),
                         QStringLiteral("answer"));
    Result<Request> request = get(requestId);
    if (!request)
        return request.error();
    Result<std::optional<Ask>> ask = findAsk(requestId, advocateId);
    if (!ask)
        return ask.error();
    if (!ask->has_value())
        return makeError(ErrorKind::NotFound, RulesText::tr("This advocate was not asked for this request."),
                         QStringLiteral("advocate"));
    const Ask &existing = **ask;
    if (existing.answer != AskAnswer::Pending)
        return makeError(ErrorKind::Refused,
                         RulesText::tr("This advocate already answered (%1 on %2).")
                             .arg(answerKey(existing.answer), Formats::date(existing.answeredOn)),
                         QStringLiteral("answer"));

    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery update(m_context.db, QStringLiteral("UPDATE asks SET answer = ?, answered_on = ?, reason = ?, "
                                                 "updated_at = ? WHERE id = ?"));
    update.bind(answerKey(answer)).bind(time::toStorage(m_context.clock.today())).bind(reason.trimmed());
    update.bind(now).bind(existing.id);
    if (Status status = update.exec(); !status)
        return status;
    if (Status status = AuditLog(m_context).record(QStringLiteral("ask"), existing.id, advocateId,
                                                   QStringLiteral("answer"), answerKey(AskAnswer::Pending),
                                                   answerKey(answer), reason.trimmed());
        !status)
        return status;
    if (answer == AskAnswer::Accepted)
        if (Status status = recordOpenTo(m_context, existing); !status)
            return status;

    if (request->status == RequestStatus::Asked) {
        std::optional<RequestStatus> next;
        if (answer == AskAnswer::Accepted) {
            next = RequestStatus::Accepted;
        } else {
            // Declined only when nobody else asked is still pending or has accepted.
            SqlQuery others(m_context.db, QStringLiteral("SELECT count(*) FROM asks WHERE request_id = ? AND "
                                                         "answer IN ('pending', 'accepted')"));
            others.bind(requestId);
            Result<QVariant> inPlay = scalar(others);
            if (!inPlay)
                return inPlay.error();
            if (inPlay->toInt() == 0)
                next = RequestStatus::Declined;
        }
        if (next)
            if (Status status = writeStatus(*request, *next, reason.trimmed()); !status)
                return status;
    }
    return transaction.commit();
}

} // namespace ad
