#pragma once

#include "ServiceContext.h"
#include "domain/Enums.h"
#include "rules/ProgrammeRules.h"
#include "util/ListHead.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace ad {

enum class TierReviewStatus
{
    Pending,
    Approved,
    Overridden
};

struct TierReview
{
    QString id;
    QString advocateId;
    QString advocateName;
    QString advocateEmail;
    Tier currentTier = Tier::Community;
    Tier recommendedTier = Tier::Community;
    int points = 0; // trailing-window points behind the recommendation
    TierReviewStatus status = TierReviewStatus::Pending;
    Tier decidedTier = Tier::Community; // meaningful once decided
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;
};

// The tier review queue. Recommendations come from trailing points
// (recommendTier); an advocate's tier changes only when a programme manager
// (or admin) approves the recommendation or overrides it, always with a reason,
// and the change is audited.
class TierReviewService
{
public:
    TierReviewService(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    // Brings the queue up to date: a pending review for every advocate whose
    // recommended tier differs from their tier; open reviews that no longer apply
    // are withdrawn. Never changes a tier. Returns how many are pending.
    Result<int> refresh();
    // Oldest first.
    Result<QList<TierReview>> pending() const;
    // The oldest `limit` pending reviews (-1: all) and how many are pending.
    Result<ListHead<TierReview>> pending(int limit) const;
    Result<TierReview> get(const QString &reviewId) const;
    // Sets the recommended tier.
    Status approve(const QString &reviewId, const QString &reason);
    // Sets `tier` instead of the recommendation.
    Status overrideTier(const QString &reviewId, Tier tier, const QString &reason);

private:
    Status decide(const QString &reviewId, TierReviewStatus status, std::optional<Tier> tier,
                  const QString &reason);
    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
