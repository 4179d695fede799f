#pragma once

#include "domain/Voice.h"
#include "util/Result.h"

namespace ad {

struct ServiceContext;

// Referrals an advocate made: who they introduced and what came of it.
class ReferralService
{
public:
    explicit ReferralService(const ServiceContext &context) : m_context(context) {}

    Result<Referral> record(const Referral &input);
    // Status changes are audited: a referral's outcome is programme evidence.
    Status setStatus(const QString &referralId, ReferralStatus status, qint64 value,
                     const QString &reason = {});
    Result<QList<Referral>> forAdvocate(const QString &advocateId) const;

private:
    const ServiceContext &m_context;
};

} // namespace ad
