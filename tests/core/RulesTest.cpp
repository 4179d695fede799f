#include "rules/NominationRules.h"
#include "rules/Readiness.h"

#include <gtest/gtest.h>

using namespace ad;

TEST(Readiness, AllMaxIsHundredAllZeroIsZero)
{
    Signals max;
    max.values.fill(5);
    EXPECT_EQ(readinessScore(max), 100);
    EXPECT_EQ(readinessScore(Signals{}), 0);
}

TEST(Readiness, WeightedByDefaultWeights)
{
    // Weights 20/20/15/10/15/20 (sum 100). Satisfaction 5 and willingness 5 only:
    // 20 * 5/5 + 20 * 5/5 = 40.
    Signals s;
    s[Signal::Satisfaction] = 5;
    s[Signal::Willingness] = 5;
    EXPECT_EQ(readinessScore(s), 40);
    // Communication 3 of 5 with weight 10: 6 more.
    s[Signal::Communication] = 3;
    EXPECT_EQ(readinessScore(s), 46);
    const auto parts = readinessBreakdown(s);
    EXPECT_DOUBLE_EQ(parts[static_cast<int>(Signal::Communication)].points, 6.0);
    EXPECT_DOUBLE_EQ(parts[static_cast<int>(Signal::Communication)].maxPoints, 10.0);
}

TEST(Readiness, CustomWeightsAreNormalised)
{
    ReadinessWeights equal;
    equal.weights.fill(1);
    Signals s;
    s[Signal::Outcomes] = 5; // 1/6 of the total
    EXPECT_EQ(readinessScore(s, equal), 17);
}

TEST(NominationRules, ForwardOneStageAtATime)
{
    EXPECT_TRUE(checkNominationMove(NominationStatus::Nominated, NominationStatus::InReview, false).ok());
    EXPECT_TRUE(checkNominationMove(NominationStatus::InReview, NominationStatus::Cultivating, false).ok());
    EXPECT_FALSE(checkNominationMove(NominationStatus::Nominated, NominationStatus::Cultivating, false).ok());
    EXPECT_FALSE(checkNominationMove(NominationStatus::InReview, NominationStatus::Invited, true).ok());
    EXPECT_FALSE(checkNominationMove(NominationStatus::Nominated, NominationStatus::Enrolled, true).ok());
}

TEST(NominationRules, BackwardAndExitsAreFree)
{
    EXPECT_TRUE(checkNominationMove(NominationStatus::Invited, NominationStatus::Nominated, false).ok());
    for (auto exit : {NominationStatus::Declined, NominationStatus::NotAFit, NominationStatus::Paused})
        EXPECT_TRUE(checkNominationMove(NominationStatus::Nominated, exit, false).ok());
}

TEST(NominationRules, ComingBackFromAnExitStopsAtCultivating)
{
    EXPECT_TRUE(checkNominationMove(NominationStatus::Paused, NominationStatus::Cultivating, false).ok());
    EXPECT_FALSE(checkNominationMove(NominationStatus::Paused, NominationStatus::Invited, true).ok());
}

TEST(NominationRules, EnrolmentNeedsReferenceConsent)
{
    EXPECT_FALSE(checkNominationMove(NominationStatus::Invited, NominationStatus::Enrolled, false).ok());
    EXPECT_TRUE(checkNominationMove(NominationStatus::Invited, NominationStatus::Enrolled, true).ok());
}

TEST(NominationRules, SameStatusIsRefused)
{
    EXPECT_FALSE(checkNominationMove(NominationStatus::Cultivating, NominationStatus::Cultivating, true).ok());
}
