#include "NominationService.h"

#include "AdvocateService.h"
#include "AuditLog.h"
#include "Validation.h"
#include "rules/NominationRules.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct NominationRulesText
{
    Q_DECLARE_TR_FUNCTIONS(ad::NominationRules)
};

const QString kSelect = QStringLiteral("SELECT id, advocate_id, nominated_by, nominated_on, evidence, status, "
                                       "status_changed_at, created_at, updated_at FROM nominations ");

Nomination nominationFrom(const SqlQuery &q)
{
    Nomination n;
    n.id = q.value(0).toString();
    n.advocateId = q.value(1).toString();
    n.nominatedBy = q.value(2).toString();
    n.nominatedOn = time::dateFromStorage(q.value(3));
    n.evidence = q.value(4).toString();
    n.status = parseNominationStatus(q.value(5).toString()).value_or(NominationStatus::Nominated);
    n.statusChangedAt = time::instantFromStorage(q.value(6));
    n.createdAt = time::instantFromStorage(q.value(7));
    n.updatedAt = time::instantFromStorage(q.value(8));
    return n;
}

} // namespace

Result<Nomination> NominationService::nominate(const QString &advocateId, const QString &evidence)
{
    Result<bool> exists = rowExists(m_context.db, QStringLiteral("advocates"), advocateId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(ErrorKind::NotFound, NominationRulesText::tr("The advocate does not exist."), QStringLiteral("advocate"));
    // A nomination says why this customer could speak for us; the board and the
    // review depend on it.
    if (Status status = validate::required(evidence, QStringLiteral("evidence"), NominationRulesText::tr("Evidence")); !status)
        return status.error();

    Result<std::optional<Nomination>> current = forAdvocate(advocateId);
    if (!current)
        return current.error();
    if (current->has_value()) {
        Nomination existing = **current;
        if (!isExitStatus(existing.status))
            return makeError(ErrorKind::Duplicate,
                             NominationRulesText::tr("This advocate is already in the nomination pipeline (%1).")
                                 .arg(displayName(existing.status)),
                             QStringLiteral("advocate"));
        if (Status status = writeStatus(existing, NominationStatus::Nominated, NominationRulesText::tr("Nominated again"), evidence);
            !status)
            return status.error();
        return get(existing.id);
    }

    Nomination nomination;
    nomination.id = newId();
    nomination.advocateId = advocateId;
    nomination.nominatedBy = m_context.actor;
    nomination.nominatedOn = m_context.clock.today();
    nomination.evidence = evidence.trimmed();
    nomination.status = NominationStatus::Nominated;
    nomination.statusChangedAt = nomination.createdAt = nomination.updatedAt = m_context.clock.now();
    const QString now = time::toStorage(nomination.createdAt);

    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO nominations (id, advocate_id, nominated_by, nominated_on, "
                                                 "evidence, status, status_changed_at, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(nomination.id).bind(advocateId).bind(nomination.nominatedBy);
    insert.bind(time::toStorage(nomination.nominatedOn)).bind(nomination.evidence);
    insert.bind(keyOf(nomination.status)).bind(now).bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status = AuditLog(m_context).record(QStringLiteral("nomination"), nomination.id, advocateId,
                                                   QStringLiteral("status"), QString(),
                                                   keyOf(NominationStatus::Nominated), nomination.evidence);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return nomination;
}

Status NominationService::checkMove(const QString &nominationId, NominationStatus to) const
{
    Result<Nomination> nomination = get(nominationId);
    if (!nomination)
        return nomination.error();
    Result<bool> consent = AdvocateService(m_context).hasCurrentConsent(nomination->advocateId, ConsentAsset::Reference,
                                                                        m_context.clock.today());
    if (!consent)
        return consent.error();
    return checkNominationMove(nomination->status, to, *consent);
}

Status NominationService::move(const QString &nominationId, NominationStatus to, const QString &reason)
{
    Result<Nomination> nomination = get(nominationId);
    if (!nomination)
        return nomination.error();
    if (Status allowed = checkMove(nominationId, to); !allowed)
        return allowed;
    return writeStatus(*nomination, to, reason, QString());
}

Status NominationService::writeStatus(const Nomination &nomination, NominationStatus to, const QString &reason,
                                      const QString &evidence)
{
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery update(m_context.db,
                    QStringLiteral("UPDATE nominations SET status = ?, status_changed_at = ?, updated_at = ?, "
                                   "evidence = CASE WHEN ? = '' THEN evidence ELSE ? END WHERE id = ?"));
    update.bind(keyOf(to)).bind(now).bind(now).bind(evidence.trimmed()).bind(evidence.trimmed()).bind(nomination.id);
    if (Status status = update.exec(); !status)
        return status;
    if (Status status = AuditLog(m_context).record(QStringLiteral("nomination"), nomination.id, nomination.advocateId,
                                                   QStringLiteral("status"), keyOf(nomination.status), keyOf(to),
                                                   reason);
        !status)
        return status;
    return transaction.commit();
}

Status NominationService::revert(const Nomination &before, const QString &reason)
{
    Result<Nomination> current = get(before.id);
    if (!current)
        return current.error();
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery update(m_context.db, QStringLiteral("UPDATE nominations SET status = ?, status_changed_at = ?, "
                                                 "evidence = ?, updated_at = ? WHERE id = ?"));
    update.bind(keyOf(before.status))
        .bind(time::toStorage(before.statusChangedAt))
        .bind(before.evidence)
        .bind(now)
        .bind(before.id);
    if (Status status = update.exec(); !status)
        return status;
    if (Status status = AuditLog(m_context).record(QStringLiteral("nomination"), before.id, before.advocateId,
                                                   QStringLiteral("status"), keyOf(current->status),
                                                   keyOf(before.status), reason);
        !status)
        return status;
    return transaction.commit();
}

Status NominationService::withdraw(const QString &nominationId, const QString &reason)
{
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    Result<Nomination> current = get(nominationId);
    if (!current)
        return current.error();
    if (current->status != NominationStatus::Nominated)
        return makeError(ErrorKind::Refused,
                         NominationRulesText::tr("The nomination has moved to %1 since; undo that move first.")
                             .arg(displayName(current->status)),
                         QStringLiteral("status"));
    SqlQuery remove(m_context.db, QStringLiteral("DELETE FROM nominations WHERE id = ?"));
    remove.bind(nominationId);
    if (Status status = remove.exec(); !status)
        return status;
    if (Status status = AuditLog(m_context).record(QStringLiteral("nomination"), nominationId, current->advocateId,
                                                   QStringLiteral("status"), keyOf(current->status), QString(),
                                                   reason);
        !status)
        return status;
    return transaction.commit();
}

Result<Nomination> NominationService::get(const QString &id) const
{
    SqlQuery query(m_context.db, kSelect + QStringLiteral("WHERE id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, NominationRulesText::tr("The nomination does not exist."), QStringLiteral("nomination"));
    return nominationFrom(query);
}

Result<std::optional<Nomination>> NominationService::forAdvocate(const QString &advocateId) const
{
    SqlQuery query(m_context.db, kSelect + QStringLiteral("WHERE advocate_id = ?"));
    query.bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Nomination>();
    return std::optional<Nomination>(nominationFrom(query));
}

} // namespace ad
