#include "AuditLog.h"

#include "storage/SqlQuery.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

namespace ad {

Status AuditLog::record(const QString &entityType, const QString &entityId, const QString &advocateId,
                        const QString &field, const QString &oldValue, const QString &newValue,
                        const QString &reason)
{
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery insert(m_context.db,
                    QStringLiteral("INSERT INTO audit_events (id, entity_type, entity_id, advocate_id, field, "
                                   "old_value, new_value, reason, actor, occurred_at, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(newId()).bind(entityType).bind(entityId).bind(advocateId.isEmpty() ? QVariant() : advocateId);
    insert.bind(field).bind(oldValue).bind(newValue).bind(reason).bind(m_context.actor);
    insert.bind(now).bind(now).bind(now);
    return insert.exec();
}

Result<QList<AuditEvent>> AuditLog::forAdvocate(const QString &advocateId) const
{
    return select(QStringLiteral("advocate_id"), advocateId);
}

Result<QList<AuditEvent>> AuditLog::forEntity(const QString &entityId) const
{
    return select(QStringLiteral("entity_id"), entityId);
}

Result<QList<AuditEvent>> AuditLog::select(const QString &column, const QString &value) const
{
    // `column` is one of two literals above, never user text.
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT id, entity_type, entity_id, advocate_id, field, old_value, new_value, "
                                  "reason, actor, occurred_at FROM audit_events WHERE %1 = ? "
                                  "ORDER BY occurred_at, rowid")
                       .arg(column));
    query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<AuditEvent> events;
    while (query.next()) {
        events << AuditEvent{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                             query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
                             time::instantFromStorage(query.value(9))};
    }
    return events;
}

} // namespace ad
