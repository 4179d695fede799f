#pragma once

#include "FollowUpService.h"

#include <QMap>

namespace ad {

// How many follow-ups of each kind are due: the same rules as FollowUpService::due(),
// counted by SQL aggregates for the KPI dashboard, without reading, wording and
// sorting every item (on a large programme most of the debt is thank-yous).
class FollowUpCounter
{
public:
    FollowUpCounter(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    // Every FollowUpKind, 0 when none is due; only what the user `ownerId` owns when
    // it is not empty (FollowUpService::due() of that user's name).
    Result<QMap<FollowUpKind, int>> count(const QString &ownerId = {}) const;

private:
    Status countContributionDebt(QMap<FollowUpKind, int> &counts, const QString &ownerId) const;
    Result<int> countUnthanked(const QString &ownerId) const;
    Status countOneWay(QMap<FollowUpKind, int> &counts, const QString &ownerId) const;
    // Stale profiles and CSMs over capacity: both are about the enrolled advocates.
    Status countEnrolledDebt(QMap<FollowUpKind, int> &counts, const QString &ownerId) const;
    Status countStaleConsents(QMap<FollowUpKind, int> &counts, const QString &ownerId) const;

    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
