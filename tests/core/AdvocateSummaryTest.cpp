// The profile card's facts around the pinned 2026-06-15: the asks used of the
// cap as Match counts them, and the next step in its order of precedence.
#include "ProgrammeFixture.h"

namespace ad::test {
namespace {

class AdvocateSummaryTest : public ProgrammeFixture
{
protected:
    void SetUp() override
    {
        acme = account(QStringLiteral("Acme Logistics"));
        aisha = services().users().create(QStringLiteral("Aisha"), UserRole::Csm)->id;
    }

    AdvocateSummary summaryOf(const Advocate &advocate)
    {
        Result<AdvocateSummary> summary = services().advocateSummaries().summary(advocate.id);
        EXPECT_TRUE(summary.ok()) << summary.error().message.toStdString();
        return summary.ok() ? *summary : AdvocateSummary{};
    }

    // Owed nothing: touched this week and verified today, so neither a one-way
    // relationship nor a stale profile comes first.
    void settled(Advocate advocate)
    {
        advocate.lastVerified = today();
        ASSERT_TRUE(services().advocates().update(advocate).ok());
        ASSERT_TRUE(
            services().engagement().logTouch({{}, advocate.id, TouchKind::CheckIn, daysAgo(2), {}, {}}).ok());
    }

    Account acme;
    QString aisha;
};

TEST_F(AdvocateSummaryTest, CountsAsksInTheCapWindowAsMatchDoesAndNamesTheOwner)
{
    Advocate mei = enrolled(QStringLiteral("mei@acme.test"), acme.id);
    mei.ownerId = aisha;
    ASSERT_TRUE(services().advocates().update(mei).ok());
    pastAsk(mei, QStringLiteral("Reference call"), 10);
    pastAsk(mei, QStringLiteral("Reference call"), 90); // day 90 has left the window
    pastAsk(mei, QStringLiteral("Social post"), 5);     // does not count toward the cap

    AdvocateSummary summary = summaryOf(mei);
    EXPECT_EQ(summary.ownerName, QStringLiteral("Aisha"));
    EXPECT_EQ(summary.accountName, QStringLiteral("Acme Logistics"));
    EXPECT_EQ(summary.asks.countedAsks, 1);
    EXPECT_EQ(summary.asks.cap, 2);
    EXPECT_EQ(summary.asks.windowDays, 90);
    EXPECT_FALSE(summary.asks.blocker.has_value());

    // A second counted ask reaches the cap: the same rule and words as Match gives.
    pastAsk(mei, QStringLiteral("Webinar"), 89);
    summary = summaryOf(mei);
    EXPECT_EQ(summary.asks.countedAsks, 2);
    ASSERT_TRUE(summary.asks.blocker.has_value());
    EXPECT_EQ(*summary.asks.blocker, ExclusionReason::AskCap);
    const Request next = request(QStringLiteral("Reference call"));
    auto exclusion = services().matcher().exclusionFor(next.id, mei.id);
    ASSERT_TRUE(exclusion.ok() && exclusion->has_value());
    EXPECT_EQ(summary.asks.blockerText, (*exclusion)->text);

    // A cap a programme manager raised is read at once.
    services().rules().askCap = 3;
    summary = summaryOf(mei);
    EXPECT_EQ(summary.asks.cap, 3);
    EXPECT_FALSE(summary.asks.blocker.has_value());
}

TEST_F(AdvocateSummaryTest, TheNextStepIsWhatIsOwedFirstThenAnAnswerThenTheRules)
{
    const Advocate mei = enrolled(QStringLiteral("mei@acme.test"), acme.id);
    const Advocate raj = enrolled(QStringLiteral("raj@acme.test"), acme.id);
    ASSERT_NO_FATAL_FAILURE(settled(mei));
    ASSERT_NO_FATAL_FAILURE(settled(raj));
    EXPECT_EQ(summaryOf(mei).nextStep.kind, NextStep::Kind::Ask);

    // An ask without an answer yet.
    pastAsk(mei, QStringLiteral("Reference call"), 3, AskAnswer::Pending);
    NextStep step = summaryOf(mei).nextStep;
    EXPECT_EQ(step.kind, NextStep::Kind::AwaitAnswer);
    EXPECT_TRUE(step.text.contains(QStringLiteral("Reference call"))) << step.text.toStdString();

    // A contribution not yet thanked comes before it, due a week after it; raj's is not mei's.
    contribution(mei, QStringLiteral("Case study"), daysAgo(3));
    contribution(raj, QStringLiteral("Webinar"), daysAgo(1));
    step = summaryOf(mei).nextStep;
    EXPECT_EQ(step.kind, NextStep::Kind::FollowUp);
    EXPECT_EQ(step.dueOn, daysAgo(3).addDays(7));
    EXPECT_TRUE(step.text.startsWith(QStringLiteral("Thank mei for the Case study")))
        << step.text.toStdString();
    auto owed = services().followUps().dueFor(mei.id);
    ASSERT_TRUE(owed.ok());
    for (const FollowUpItem &item : *owed)
        EXPECT_EQ(item.advocateId, mei.id);

    // Resting after raj's high-barrier webinar: enrolled, but not to be asked.
    Appreciation thanks;
    thanks.advocateId = raj.id;
    thanks.kind = AppreciationKind::ThankYouNote;
    thanks.occurredOn = today();
    thanks.participationId = services().engagement().contributions(raj.id)->first().id;
    ASSERT_TRUE(services().engagement().recordAppreciation(thanks).ok());
    step = summaryOf(raj).nextStep;
    EXPECT_EQ(step.kind, NextStep::Kind::Rest);
    EXPECT_TRUE(step.text.contains(QStringLiteral("resting"))) << step.text.toStdString();
}

TEST_F(AdvocateSummaryTest, OutsideTheProgrammeTheNextStepFollowsTheNominationPipeline)
{
    const Advocate ada = temp.makeAdvocate(QStringLiteral("ada@acme.test"), acme.id, QStringLiteral("Ada"));
    AdvocateSummary summary = summaryOf(ada);
    EXPECT_EQ(summary.nextStep.kind, NextStep::Kind::Nominate);
    EXPECT_TRUE(summary.ownerName.isEmpty());
    EXPECT_EQ(summary.asks.countedAsks, 0);
    ASSERT_TRUE(summary.asks.blocker.has_value());
    EXPECT_EQ(*summary.asks.blocker, ExclusionReason::NotEnrolled);

    auto nomination = services().nominations().nominate(ada.id, QStringLiteral("Promoter at QBR"));
    ASSERT_TRUE(nomination.ok());
    summary = summaryOf(ada);
    ASSERT_TRUE(summary.nomination.has_value());
    EXPECT_EQ(summary.nextStep.kind, NextStep::Kind::Pipeline);
    EXPECT_EQ(summary.nextStep.text, QStringLiteral("Review the nomination."));
    ASSERT_TRUE(services().nominations().move(nomination->id, NominationStatus::Declined, {}).ok());
    EXPECT_EQ(summaryOf(ada).nextStep.kind, NextStep::Kind::None);

    auto missing = services().advocateSummaries().summary(QStringLiteral("no-such-advocate"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
}

} // namespace
} // namespace ad::test
