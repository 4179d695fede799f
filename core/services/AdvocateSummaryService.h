#pragma once

#include "RequestMatcher.h"
#include "ServiceContext.h"
#include "domain/Advocate.h"
#include "domain/Engagement.h"
#include "domain/Nomination.h"
#include "rules/ProgrammeRules.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ad {

// What to do next with an advocate, in words, with the day it is due when it has one.
struct NextStep
{
    enum class Kind
    {
        FollowUp,    // something is owed to them: a thank-you, a final version, a check-in…
        AwaitAnswer, // asked, and no answer recorded yet
        Nominate,    // not in the nomination pipeline
        Pipeline,    // in the pipeline: the move that comes next
        Ask,         // enrolled and free to be asked
        Rest,        // enrolled, but ask protection keeps them from being asked now
        None,        // declined or not a fit: nothing to do
    };
    Kind kind = Kind::None;
    QString text;
    QDate dueOn; // null: no date
};

// Everything an advocate's profile card shows besides the advocate's own row.
struct AdvocateSummary
{
    Advocate advocate;
    QString accountName;
    QString ownerName; // empty: nobody owns them
    std::optional<NpsResponse> latestNps;
    std::optional<Nomination> nomination;
    QList<Consent> consents; // as recorded; Consent::isCurrentOn says which hold today
    AskStanding asks;
    NextStep nextStep;
};

// One advocate at a glance: who owns them, how much of the ask cap is used
// (by the ask-protection rules Match applies) and the next step, chosen in
// this order: what is owed to them (follow-up debt), an ask awaiting its
// answer, the nomination pipeline's next move, and for the enrolled whether
// they may be asked.
class AdvocateSummaryService
{
public:
    AdvocateSummaryService(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    Result<AdvocateSummary> summary(const QString &advocateId) const;

private:
    Result<NextStep> nextStep(const AdvocateSummary &summary) const;

    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
