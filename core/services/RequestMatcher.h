#pragma once

#include "ServiceContext.h"
#include "domain/Request.h"
#include "rules/AskProtection.h"
#include "rules/ProgrammeRules.h"
#include "rules/RequestFit.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <optional>

namespace ad {

struct MatchExclusion
{
    QString advocateId;
    QString name;
    QString email;
    ExclusionReason reason = ExclusionReason::AskCap;
    QString text; // the reason in words, with its dates and numbers
};

// Where one advocate stands against ask protection apart from any request:
// the counted asks in the rolling cap window, and the first rule that keeps
// them from being asked at all (the rules of one request — already asked, a
// recent decline of its type, not open to it — cannot apply).
struct AskStanding
{
    int countedAsks = 0;
    int cap = 0;
    int windowDays = 0;
    std::optional<ExclusionReason> blocker;
    QString blockerText; // the blocker in words, with its dates and numbers
};

struct MatchResult
{
    Request request;
    QList<MatchCandidate> candidates; // ranked, best first
    QList<MatchExclusion> excluded;   // by email
};

// Who could be asked for a request. The pool is the programme's enrolled
// advocates; each is either a ranked candidate with the reasons for its rank or
// excluded with the first protection rule that applies (see ExclusionReason).
// Reads only; the facts come from a handful of aggregate queries, not one query
// per advocate.
class RequestMatcher
{
public:
    RequestMatcher(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    Result<MatchResult> match(const QString &requestId) const;
    // The rule that keeps this advocate (enrolled or not) from being asked for the
    // request, or nullopt when they may be asked.
    Result<std::optional<MatchExclusion>> exclusionFor(const QString &requestId,
                                                       const QString &advocateId) const;
    // The same rules for one advocate (enrolled or not) and no request in particular.
    Result<AskStanding> askStanding(const QString &advocateId) const;

private:
    // Facts for the pool, or for `onlyAdvocateId` alone when it is not empty.
    Result<QList<AdvocateFacts>> loadFacts(const Request &request, const QString &onlyAdvocateId) const;
    Status addAskFacts(const Request &request, QHash<QString, AdvocateFacts *> &byId,
                       const QString &only) const;
    Status addContributionFacts(QHash<QString, AdvocateFacts *> &byId, const QString &only) const;
    Status addNpsFacts(QHash<QString, AdvocateFacts *> &byId, const QString &only) const;
    Status addConsentAndPreferenceFacts(const Request &request, QHash<QString, AdvocateFacts *> &byId,
                                        const QString &only) const;
    Result<QString> activityName(const QString &activityTypeId) const;

    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
