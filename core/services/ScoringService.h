#pragma once

#include "ServiceContext.h"
#include "rules/ProgrammeRules.h"
#include "util/Result.h"

#include <QHash>

namespace ad {

// Points an advocate has earned, for the contact score and tier recommendations.
class ScoringService
{
public:
    ScoringService(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    // Contribution points, touches and NPS answers of the last
    // rules.contactPointsExpiryDays days; older points have expired.
    Result<int> contactScore(const QString &advocateId) const;
    // Every advocate's contact score in one query: advocate id → score.
    Result<QHash<QString, int>> contactScores() const;

    struct TrailingPoints
    {
        int points = 0;
        bool hasHighBarrier = false;
    };
    // Contribution points of the last rules.tierWindowMonths months, per advocate.
    Result<QHash<QString, TrailingPoints>> trailingPoints() const;

private:
    Result<QHash<QString, int>> contactScoresFor(const QString &onlyAdvocateId) const;
    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
