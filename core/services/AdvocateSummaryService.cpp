#include "AdvocateSummaryService.h"

#include "AccountService.h"
#include "AdvocateService.h"
#include "FollowUpService.h"
#include "NominationService.h"
#include "NpsService.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(ad::AdvocateSummary)
};

NextStep step(NextStep::Kind kind, const QString &text, const QDate &dueOn = {})
{
    return NextStep{kind, text, dueOn};
}

// The move a nomination in `status` waits for.
NextStep pipelineStep(NominationStatus status)
{
    using K = NextStep::Kind;
    switch (status) {
    case NominationStatus::Nominated:
        return step(K::Pipeline, SummaryText::tr("Review the nomination."));
    case NominationStatus::InReview:
        return step(K::Pipeline, SummaryText::tr("Decide: cultivate them, or not a fit."));
    case NominationStatus::Cultivating:
        return step(K::Pipeline, SummaryText::tr("Cultivate with touches before inviting them."));
    case NominationStatus::Invited:
        return step(K::Pipeline,
                    SummaryText::tr("Enrol them once they accept; enrolling needs a reference consent."));
    case NominationStatus::Paused:
        return step(K::Pipeline, SummaryText::tr("Paused: move the nomination on when the time is right."));
    case NominationStatus::Declined:
        return step(K::None, SummaryText::tr("They declined; nominate them again if that changes."));
    case NominationStatus::NotAFit:
        return step(K::None, SummaryText::tr("Not a fit for now; nominate them again if that changes."));
    case NominationStatus::Enrolled:
        break;
    }
    return {};
}

} // namespace

Result<AdvocateSummary> AdvocateSummaryService::summary(const QString &advocateId) const
{
    AdvocateService advocates(m_context);
    Result<Advocate> advocate = advocates.get(advocateId);
    if (!advocate)
        return advocate.error();
    AdvocateSummary summary;
    summary.advocate = *advocate;

    if (Result<Account> account = AccountService(m_context).get(advocate->accountId))
        summary.accountName = account->name;
    SqlQuery owner(m_context.db, QStringLiteral("SELECT name FROM users WHERE id = ?"));
    owner.bind(advocate->ownerId);
    Result<QVariant> ownerName = scalar(owner);
    if (!ownerName)
        return ownerName.error();
    summary.ownerName = ownerName->toString();

    Result<std::optional<NpsResponse>> nps = NpsService(m_context).latest(advocateId);
    if (!nps)
        return nps.error();
    summary.latestNps = *nps;
    Result<std::optional<Nomination>> nomination = NominationService(m_context).forAdvocate(advocateId);
    if (!nomination)
        return nomination.error();
    summary.nomination = *nomination;
    Result<QList<Consent>> consents = advocates.consents(advocateId);
    if (!consents)
        return consents.error();
    summary.consents = *consents;
    Result<AskStanding> asks = RequestMatcher(m_context, m_rules).askStanding(advocateId);
    if (!asks)
        return asks.error();
    summary.asks = *asks;

    Result<NextStep> next = nextStep(summary);
    if (!next)
        return next.error();
    summary.nextStep = *next;
    return summary;
}

Result<NextStep> AdvocateSummaryService::nextStep(const AdvocateSummary &summary) const
{
    using K = NextStep::Kind;
    const QString &id = summary.advocate.id;
    Result<QList<FollowUpItem>> owed = FollowUpService(m_context, m_rules).dueFor(id);
    if (!owed)
        return owed.error();
    if (!owed->isEmpty())
        return step(K::FollowUp, owed->first().action, owed->first().dueOn);

    SqlQuery pending(m_context.db, QStringLiteral("SELECT t.name, k.asked_on FROM asks k"
                                                  " JOIN activity_types t ON t.id = k.activity_type_id"
                                                  " WHERE k.advocate_id = ? AND k.answer = 'pending'"
                                                  " ORDER BY k.asked_on LIMIT 1"));
    pending.bind(id);
    if (Status status = pending.exec(); !status)
        return status.error();
    if (pending.next())
        return step(K::AwaitAnswer, SummaryText::tr("Record their answer to the %1 ask of %2.")
                                        .arg(pending.value(0).toString(),
                                             time::dateFromStorage(pending.value(1)).toString(Qt::ISODate)));

    if (!summary.nomination)
        return step(K::Nominate, SummaryText::tr("Nominate them once they could speak for the product."));
    if (summary.nomination->status != NominationStatus::Enrolled)
        return pipelineStep(summary.nomination->status);
    if (summary.asks.blocker)
        return step(K::Rest, SummaryText::tr("Do not ask now: %1.").arg(summary.asks.blockerText));
    return step(K::Ask, SummaryText::tr("Free to be asked: match them to a request."));
}

} // namespace ad
