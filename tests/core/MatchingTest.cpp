// Matching a request: each protection rule at its exact boundary (hand-computed
// around the pinned 2026-06-15), the order of reasons, fit, and fairness.
#include "ProgrammeFixture.h"

using namespace ad;

namespace {

std::optional<ExclusionReason> reasonFor(const MatchResult &result, const Advocate &advocate)
{
    for (const MatchExclusion &excluded : result.excluded)
        if (excluded.advocateId == advocate.id)
            return excluded.reason;
    return std::nullopt;
}

QString textFor(const MatchResult &result, const Advocate &advocate)
{
    for (const MatchExclusion &excluded : result.excluded)
        if (excluded.advocateId == advocate.id)
            return excluded.text;
    return {};
}

bool isCandidate(const MatchResult &result, const Advocate &advocate)
{
    for (const MatchCandidate &candidate : result.candidates)
        if (candidate.advocateId == advocate.id)
            return true;
    return false;
}

QStringList candidateEmails(const MatchResult &result)
{
    QStringList emails;
    for (const MatchCandidate &candidate : result.candidates)
        emails << candidate.email;
    return emails;
}

} // namespace

class MatchingTest : public test::ProgrammeFixture
{
protected:
    Account acme = account(QStringLiteral("Acme"));

    Advocate member(const QString &localPart)
    {
        return enrolled(localPart + QStringLiteral("@acme.example"), acme.id);
    }

    MatchResult matchFor(const QString &activityName)
    {
        Request r = request(activityName);
        auto result = services().matcher().match(r.id);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? *result : MatchResult{};
    }
};

TEST_F(MatchingTest, AskCapCountsCountedAsksInTheRolling90Days)
{
    Advocate capped = member(QStringLiteral("capped"));
    pastAsk(capped, QStringLiteral("Reference call"), 10);
    pastAsk(capped, QStringLiteral("Webinar"), 89);
    Advocate aged = member(QStringLiteral("aged"));
    pastAsk(aged, QStringLiteral("Reference call"), 10);
    pastAsk(aged, QStringLiteral("Reference call"), 90); // day 90 has left the window
    Advocate social = member(QStringLiteral("social"));
    pastAsk(social, QStringLiteral("Social post"), 5); // social posts do not count toward the cap
    pastAsk(social, QStringLiteral("Social post"), 6);

    const MatchResult result = matchFor(QStringLiteral("Customer panel"));
    EXPECT_EQ(reasonFor(result, capped), ExclusionReason::AskCap);
    EXPECT_EQ(textFor(result, capped),
              QStringLiteral("ask cap reached: 2 counted asks in the last 90 days (cap 2)"));
    EXPECT_TRUE(isCandidate(result, aged));
    EXPECT_TRUE(isCandidate(result, social));
}

TEST_F(MatchingTest, ThirtyDaysOfRestAfterAHighBarrierContribution)
{
    Advocate resting = member(QStringLiteral("resting"));
    contribution(resting, QStringLiteral("Case study"), daysAgo(29));
    Advocate rested = member(QStringLiteral("rested"));
    contribution(rested, QStringLiteral("Conference talk"), daysAgo(30));
    Advocate medium = member(QStringLiteral("medium"));
    contribution(medium, QStringLiteral("Reference call"), daysAgo(1));

    const MatchResult result = matchFor(QStringLiteral("Reference call"));
    EXPECT_EQ(reasonFor(result, resting), ExclusionReason::Resting);
    EXPECT_EQ(textFor(result, resting),
              QStringLiteral("resting after a high-barrier contribution on 2026-05-17 (until 2026-06-16)"));
    EXPECT_TRUE(isCandidate(result, rested));
    EXPECT_TRUE(isCandidate(result, medium));
}

TEST_F(MatchingTest, ADeclineBlocksTheSameActivityTypeFor60Days)
{
    Advocate declined = member(QStringLiteral("declined"));
    pastAsk(declined, QStringLiteral("Reference call"), 59, AskAnswer::Declined);
    Advocate longAgo = member(QStringLiteral("longago"));
    pastAsk(longAgo, QStringLiteral("Reference call"), 60, AskAnswer::Declined);

    const MatchResult sameType = matchFor(QStringLiteral("Reference call"));
    EXPECT_EQ(reasonFor(sameType, declined), ExclusionReason::DeclinedRecently);
    EXPECT_TRUE(isCandidate(sameType, longAgo));
    const MatchResult otherType = matchFor(QStringLiteral("Webinar"));
    EXPECT_TRUE(isCandidate(otherType, declined));
}

TEST_F(MatchingTest, DoNotAskUntilAFutureDate)
{
    Advocate later = member(QStringLiteral("later"));
    later.doNotAskUntil = QDate(2026, 6, 16);
    ASSERT_TRUE(services().advocates().update(later).ok());
    Advocate today = member(QStringLiteral("today"));
    today.doNotAskUntil = QDate(2026, 6, 15);
    ASSERT_TRUE(services().advocates().update(today).ok());

    const MatchResult result = matchFor(QStringLiteral("Reference call"));
    EXPECT_EQ(reasonFor(result, later), ExclusionReason::DoNotAskYet);
    EXPECT_EQ(textFor(result, later), QStringLiteral("do not ask until 2026-06-16"));
    EXPECT_TRUE(isCandidate(result, today));
}

TEST_F(MatchingTest, RevokedOrExpiredReferenceConsentExcludes)
{
    Advocate revoked = member(QStringLiteral("revoked"));
    const Consent consent = services().advocates().consents(revoked.id)->first();
    ASSERT_TRUE(
        services().advocates().revokeConsent(consent.id, QDate(2026, 6, 1), QStringLiteral("asked")).ok());
    Advocate expired = temp.makeAdvocate(QStringLiteral("expired@acme.example"), acme.id);
    Advocate expiring = member(QStringLiteral("expiring"));

    // expiring's only consent ends today: still current.
    ASSERT_TRUE(services()
                    .advocates()
                    .revokeConsent(services().advocates().consents(expiring.id)->first().id,
                                   QDate(2026, 6, 1), QStringLiteral("renewing"))
                    .ok());
    ASSERT_TRUE(services()
                    .advocates()
                    .grantConsent(expiring.id, ConsentAsset::Reference, QDate(2026, 6, 1), QDate(2026, 6, 15))
                    .ok());

    const MatchResult result = matchFor(QStringLiteral("Reference call"));
    EXPECT_EQ(reasonFor(result, revoked), ExclusionReason::NoConsent);
    EXPECT_TRUE(isCandidate(result, expiring));
    EXPECT_FALSE(reasonFor(result, expired).has_value()) << "not enrolled: not in the pool at all";
    EXPECT_FALSE(isCandidate(result, expired));
    temp.clock().advanceDays(1);
    const MatchResult tomorrow = matchFor(QStringLiteral("Reference call"));
    EXPECT_EQ(reasonFor(tomorrow, expiring), ExclusionReason::NoConsent);
}

TEST_F(MatchingTest, NotOpenToThisActivityExcludesOnlyForThatActivity)
{
    Advocate shy = member(QStringLiteral("shy"));
    ASSERT_TRUE(services().preferences().set(shy.id, activity(QStringLiteral("Webinar")), false).ok());
    Advocate keen = member(QStringLiteral("keen"));
    ASSERT_TRUE(services().preferences().set(keen.id, activity(QStringLiteral("Webinar")), true).ok());

    const MatchResult webinar = matchFor(QStringLiteral("Webinar"));
    EXPECT_EQ(reasonFor(webinar, shy), ExclusionReason::NotOpenToActivity);
    EXPECT_EQ(textFor(webinar, shy), QStringLiteral("not open to Webinar"));
    EXPECT_TRUE(isCandidate(webinar, keen));
    EXPECT_TRUE(isCandidate(matchFor(QStringLiteral("Reference call")), shy));
}

TEST_F(MatchingTest, HealthGatesDetractorEscalationAndRenewal)
{
    Advocate detractor = member(QStringLiteral("detractor"));
    nps(detractor, 9, daysAgo(100));
    nps(detractor, 6, daysAgo(10));
    Advocate recovered = member(QStringLiteral("recovered"));
    nps(recovered, 3, daysAgo(100));
    nps(recovered, 7, daysAgo(10));

    Account escalated = account(QStringLiteral("Escalated"));
    escalated.openEscalation = true;
    ASSERT_TRUE(services().accounts().update(escalated).ok());
    Advocate escalatedAdvocate = enrolled(QStringLiteral("esc@escalated.example"), escalated.id);

    Account renewing = account(QStringLiteral("Renewing"));
    renewing.renewalDate = QDate(2026, 7, 15); // 30 days away
    ASSERT_TRUE(services().accounts().update(renewing).ok());
    Advocate renewingAdvocate = enrolled(QStringLiteral("ren@renewing.example"), renewing.id);
    Account later = account(QStringLiteral("Later"));
    later.renewalDate = QDate(2026, 7, 16); // 31 days away
    ASSERT_TRUE(services().accounts().update(later).ok());
    Advocate laterAdvocate = enrolled(QStringLiteral("later@later.example"), later.id);
    Account renewed = account(QStringLiteral("Renewed"));
    renewed.renewalDate = QDate(2026, 6, 5); // already past
    ASSERT_TRUE(services().accounts().update(renewed).ok());
    Advocate renewedAdvocate = enrolled(QStringLiteral("done@renewed.example"), renewed.id);

    const MatchResult result = matchFor(QStringLiteral("Reference call"));
    EXPECT_EQ(reasonFor(result, detractor), ExclusionReason::DetractorNps);
    EXPECT_EQ(textFor(result, detractor), QStringLiteral("health: latest NPS is 6 (detractor)"));
    EXPECT_TRUE(isCandidate(result, recovered));
    EXPECT_EQ(reasonFor(result, escalatedAdvocate), ExclusionReason::OpenEscalation);
    EXPECT_EQ(reasonFor(result, renewingAdvocate), ExclusionReason::RenewalSoon);
    EXPECT_EQ(textFor(result, renewingAdvocate),
              QStringLiteral("health: the account renews on 2026-07-15 (within 30 days)"));
    EXPECT_TRUE(isCandidate(result, laterAdvocate));
    EXPECT_TRUE(isCandidate(result, renewedAdvocate));
}

TEST_F(MatchingTest, OnlyTheFirstReasonInTheFixedOrderIsGiven)
{
    // Capped, resting, without consent and a detractor: the ask cap comes first.
    Advocate everything = member(QStringLiteral("everything"));
    pastAsk(everything, QStringLiteral("Reference call"), 3);
    pastAsk(everything, QStringLiteral("Reference call"), 4);
    contribution(everything, QStringLiteral("Case study"), daysAgo(2));
    nps(everything, 2, daysAgo(1));
    ASSERT_TRUE(services()
                    .advocates()
                    .revokeConsent(services().advocates().consents(everything.id)->first().id,
                                   QDate(2026, 6, 10), QStringLiteral("asked"))
                    .ok());
    // Resting and a detractor: resting comes first.
    Advocate two = member(QStringLiteral("two"));
    contribution(two, QStringLiteral("Webinar"), daysAgo(2));
    nps(two, 0, daysAgo(1));

    const MatchResult result = matchFor(QStringLiteral("Reference call"));
    EXPECT_EQ(reasonFor(result, everything), ExclusionReason::AskCap);
    EXPECT_EQ(reasonFor(result, two), ExclusionReason::Resting);
    int listed = 0;
    for (const MatchExclusion &excluded : result.excluded)
        listed += excluded.advocateId == everything.id ? 1 : 0;
    EXPECT_EQ(listed, 1);
}

TEST_F(MatchingTest, AmongEqualScoresTheLeastAskedIn180DaysComesFirst)
{
    Advocate often = member(QStringLiteral("often"));
    pastAsk(often, QStringLiteral("Reference call"), 100);
    pastAsk(often, QStringLiteral("Reference call"), 150);
    Advocate once = member(QStringLiteral("once"));
    pastAsk(once, QStringLiteral("Reference call"), 120);
    Advocate never = member(QStringLiteral("never"));
    Advocate ancient = member(QStringLiteral("ancient"));
    pastAsk(ancient, QStringLiteral("Reference call"), 180); // day 180 has left the window

    const MatchResult result = matchFor(QStringLiteral("Reference call"));
    // Same score (fit 100, readiness 80 → 92); 0, 0, 1, 2 asks; ties by email.
    EXPECT_EQ(candidateEmails(result),
              (QStringList{QStringLiteral("ancient@acme.example"), QStringLiteral("never@acme.example"),
                           QStringLiteral("once@acme.example"), QStringLiteral("often@acme.example")}));
    EXPECT_EQ(result.candidates.first().score, 92);
    EXPECT_EQ(result.candidates.last().asksInFairnessWindow, 2);
}

TEST_F(MatchingTest, FitAndReadinessRankAndExplain)
{
    Advocate close = member(QStringLiteral("close")); // Logistics, enterprise, APAC, Payments; readiness 80
    Account retail =
        account(QStringLiteral("Retail Co"), QStringLiteral("Retail"), Segment::Smb, QStringLiteral("EMEA"),
                {QStringLiteral("Analytics"), QStringLiteral("Payments")});
    Advocate far = enrolled(QStringLiteral("far@retail.example"), retail.id, 5); // readiness 100

    Request r = request(QStringLiteral("Reference call"), QStringLiteral("logistics"),
                        QStringLiteral("enterprise"), QStringLiteral("EMEA"), QStringLiteral("Payments"));
    auto result = services().matcher().match(r.id);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->candidates.size(), 2);
    // close: industry 30 + segment 20 + product 30 of 100 → fit 80; 0.6·80 + 0.4·80 = 80.
    // far: region 20 + product 30 → fit 50; 0.6·50 + 0.4·100 = 70.
    const MatchCandidate &first = result->candidates.at(0);
    EXPECT_EQ(first.advocateId, close.id);
    EXPECT_EQ(first.fitPercent, 80);
    EXPECT_EQ(first.score, 80);
    EXPECT_EQ(first.loosened, QStringList{QStringLiteral("region EMEA")});
    EXPECT_EQ(first.why,
              QStringLiteral("matches industry logistics, segment Enterprise, product Payments; "
                             "loosened region EMEA; readiness 80; asked 0 times in the last 180 days"));
    const MatchCandidate &second = result->candidates.at(1);
    EXPECT_EQ(second.advocateId, far.id);
    EXPECT_EQ(second.fitPercent, 50);
    EXPECT_EQ(second.score, 70);
}

TEST_F(MatchingTest, AFinalRequestIsNotMatched)
{
    Request r = request(QStringLiteral("Reference call"));
    ASSERT_TRUE(services().requests().move(r.id, RequestStatus::Cancelled, QStringLiteral("deal lost")).ok());
    auto result = services().matcher().match(r.id);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Refused);
}

TEST_F(MatchingTest, AnAdvocateAlreadyAskedForTheRequestIsExcluded)
{
    Advocate asked = member(QStringLiteral("asked"));
    Request r = request(QStringLiteral("Reference call"));
    ASSERT_TRUE(services().requests().recordAsk(r.id, asked.id).ok());
    auto result = services().matcher().match(r.id);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(reasonFor(*result, asked), ExclusionReason::AlreadyAsked);
}
