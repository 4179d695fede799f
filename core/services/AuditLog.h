#pragma once

#include "ServiceContext.h"
#include "domain/Engagement.h"
#include "util/Result.h"

#include <QList>

namespace ad {

// Who changed what, when, from what to what, and why. Writes join the caller's
// transaction; callers record inside their own WriteTransaction.
class AuditLog
{
public:
    explicit AuditLog(const ServiceContext &context) : m_context(context) {}

    // Fills in id, actor and time.
    Status record(const QString &entityType, const QString &entityId, const QString &advocateId,
                  const QString &field, const QString &oldValue, const QString &newValue,
                  const QString &reason = {});

    Result<QList<AuditEvent>> forAdvocate(const QString &advocateId) const;
    Result<QList<AuditEvent>> forEntity(const QString &entityId) const;

private:
    Result<QList<AuditEvent>> select(const QString &column, const QString &value) const;
    const ServiceContext &m_context;
};

} // namespace ad
