#include "ProgrammeFixture.h"

namespace ad::test {
namespace {

class AccountSummaryTest : public ProgrammeFixture
{
};

TEST_F(AccountSummaryTest, AggregatesAdvocatesNpsAndContributionsOfOneAccountOnly)
{
    Account acme = account(QStringLiteral("Acme Logistics"));
    acme.arr = 250000;
    acme.renewalDate = QDate(2026, 9, 12);
    acme.health = Health::AtRisk;
    ASSERT_TRUE(services().accounts().update(acme).ok());
    const Account other = account(QStringLiteral("Other Co"));

    const Advocate mei = enrolled(QStringLiteral("mei@acme.test"), acme.id);
    const Advocate raj = enrolled(QStringLiteral("raj@acme.test"), acme.id);
    const Advocate ana = enrolled(QStringLiteral("ana@acme.test"), acme.id);
    const Advocate elsewhere = enrolled(QStringLiteral("zed@other.test"), other.id);

    // Latest answer per advocate in the trailing 12 months: mei 10 (promoter; her
    // older 3 is superseded), raj 7 (passive), ana 2 (detractor) → NPS 0.
    nps(mei, 3, daysAgo(200));
    nps(mei, 10, daysAgo(10));
    nps(raj, 7, daysAgo(40));
    nps(ana, 2, daysAgo(100));
    nps(ana, 10, daysAgo(400)); // outside the window
    nps(elsewhere, 0, daysAgo(5));

    contribution(mei, QStringLiteral("Case study"), daysAgo(30));      // 60 points
    contribution(mei, QStringLiteral("Reference call"), daysAgo(500)); // 20, outside 12 months
    contribution(raj, QStringLiteral("Reference call"), daysAgo(3));   // 20
    contribution(elsewhere, QStringLiteral("Case study"), daysAgo(3));

    auto summary = services().accountSummaries().summary(acme.id);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->account.arr, 250000);
    EXPECT_EQ(summary->account.health, Health::AtRisk);
    ASSERT_TRUE(summary->daysToRenewal.has_value());
    EXPECT_EQ(*summary->daysToRenewal, 89); // 2026-06-15 → 2026-09-12
    EXPECT_EQ(summary->nps, (NpsSummary{1, 1, 1}));
    EXPECT_DOUBLE_EQ(summary->nps.score(), 0.0);

    EXPECT_EQ(summary->contributionCount, 3);
    EXPECT_EQ(summary->contributionPoints, 100);
    EXPECT_EQ(summary->contributionsInWindow, 2);
    ASSERT_EQ(summary->contributions.size(), 3);
    EXPECT_EQ(summary->contributions.first().occurredOn, daysAgo(3)); // newest first
    EXPECT_EQ(summary->contributions.first().advocateName, QStringLiteral("raj"));

    ASSERT_EQ(summary->advocates.size(), 3); // by name: ana, mei, raj
    EXPECT_EQ(summary->advocates[0].name, QStringLiteral("ana"));
    EXPECT_EQ(summary->advocates[0].latestNps, 2);
    EXPECT_EQ(summary->advocates[0].contributions, 0);
    EXPECT_EQ(summary->advocates[1].name, QStringLiteral("mei"));
    EXPECT_EQ(summary->advocates[1].latestNps, 10);
    EXPECT_EQ(summary->advocates[1].contributions, 2);
    EXPECT_EQ(summary->advocates[1].points, 80);
    EXPECT_EQ(summary->advocates[1].lastContribution, daysAgo(30));
}

TEST_F(AccountSummaryTest, AccountWithoutAdvocatesHasEmptySummaryAndUnknownIdIsNotFound)
{
    const Account quiet = account(QStringLiteral("Quiet Ltd"));
    auto summary = services().accountSummaries().summary(quiet.id);
    ASSERT_TRUE(summary.ok());
    EXPECT_TRUE(summary->advocates.isEmpty());
    EXPECT_EQ(summary->nps.total(), 0);
    EXPECT_EQ(summary->contributionCount, 0);
    EXPECT_FALSE(summary->daysToRenewal.has_value());

    auto missing = services().accountSummaries().summary(QStringLiteral("no-such-account"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
}

} // namespace
} // namespace ad::test
