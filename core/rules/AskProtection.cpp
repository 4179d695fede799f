#include "AskProtection.h"

#include "Nps.h"
#include "util/Formats.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct RulesText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Rules)
};

// The reasons are read by people (the match dialog, the CLI's text).
QString shownDate(const QDate &day)
{
    return Formats::date(day);
}

bool hasCurrentConsent(const AdvocateFacts &facts, const QDate &today)
{
    for (const Consent &consent : facts.referenceConsents)
        if (consent.asset == ConsentAsset::Reference && consent.isCurrentOn(today))
            return true;
    return false;
}

} // namespace

bool withinLastDays(const QDate &day, const QDate &today, int days)
{
    return day.isValid() && day <= today && day.daysTo(today) < days;
}

std::optional<ExclusionReason> firstExclusion(const AdvocateFacts &facts, const QDate &today,
                                              const ProgrammeRules &rules)
{
    using R = ExclusionReason;
    if (facts.alreadyAsked)
        return R::AlreadyAsked;
    if (!facts.enrolled)
        return R::NotEnrolled;
    if (facts.countedAsksInCapWindow >= rules.askCap)
        return R::AskCap;
    if (withinLastDays(facts.lastHighBarrierOn, today, rules.restAfterHighBarrierDays))
        return R::Resting;
    if (withinLastDays(facts.lastDeclineOfTypeOn, today, rules.declineBlockDays))
        return R::DeclinedRecently;
    if (facts.doNotAskUntil.isValid() && facts.doNotAskUntil > today)
        return R::DoNotAskYet;
    if (!hasCurrentConsent(facts, today))
        return R::NoConsent;
    if (facts.openToActivity.has_value() && !*facts.openToActivity)
        return R::NotOpenToActivity;
    if (facts.latestNps.has_value() && classifyNps(*facts.latestNps, rules) == NpsCategory::Detractor)
        return R::DetractorNps;
    if (facts.openEscalation)
        return R::OpenEscalation;
    // A renewal already past is not a reason: only one coming up soon is.
    if (facts.renewalDate.isValid() && facts.renewalDate >= today &&
        today.daysTo(facts.renewalDate) <= rules.renewalGateDays)
        return R::RenewalSoon;
    return std::nullopt;
}

QString describeExclusion(ExclusionReason reason, const AdvocateFacts &facts, const QString &activityName,
                          const ProgrammeRules &rules)
{
    using R = ExclusionReason;
    switch (reason) {
    case R::AlreadyAsked:
        return RulesText::tr("already asked for this request");
    case R::NotEnrolled:
        return RulesText::tr("not enrolled in the programme");
    case R::AskCap:
        return RulesText::tr("ask cap reached: %1 counted asks in the last %2 days (cap %3)")
            .arg(facts.countedAsksInCapWindow)
            .arg(rules.askCapWindowDays)
            .arg(rules.askCap);
    case R::Resting:
        return RulesText::tr("resting after a high-barrier contribution on %1 (until %2)")
            .arg(shownDate(facts.lastHighBarrierOn),
                 shownDate(facts.lastHighBarrierOn.addDays(rules.restAfterHighBarrierDays)));
    case R::DeclinedRecently:
        return RulesText::tr("declined %1 on %2 (not asked again for it until %3)")
            .arg(activityName, shownDate(facts.lastDeclineOfTypeOn),
                 shownDate(facts.lastDeclineOfTypeOn.addDays(rules.declineBlockDays)));
    case R::DoNotAskYet:
        return RulesText::tr("do not ask until %1").arg(shownDate(facts.doNotAskUntil));
    case R::NoConsent:
        return RulesText::tr("no current reference consent");
    case R::NotOpenToActivity:
        return RulesText::tr("not open to %1").arg(activityName);
    case R::DetractorNps:
        return RulesText::tr("health: latest NPS is %1 (detractor)").arg(*facts.latestNps);
    case R::OpenEscalation:
        return RulesText::tr("health: the account has an open escalation");
    case R::RenewalSoon:
        return RulesText::tr("health: the account renews on %1 (within %2 days)")
            .arg(shownDate(facts.renewalDate))
            .arg(rules.renewalGateDays);
    }
    return {};
}

} // namespace ad
