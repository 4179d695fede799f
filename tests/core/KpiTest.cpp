// KPIs over a hand-built programme. Today 2026-06-15; range 2026-01-01..2026-06-15.
//
// Users: alice, bob (CSMs). Accounts (owner, segment, region, renewal):
//   A1 Acme  alice enterprise APAC 2026-12-01     A2 Beta  bob smb EMEA 2026-03-01 (+ purchase 2026-02-01)
//   A3 Gamma bob   smb        EMEA 2025-12-31     A4 Delta alice enterprise APAC 2027-01-01 (no advocates)
// Advocates (account, stage, tier, nomination):
//   p1 A1 5 gold      enrolled 2026-05-16 (30 days ago)
//   p2 A1 3 silver    enrolled 2026-06-05 (10 days ago)
//   p3 A2 2 community enrolled 2026-06-15 (today)
//   p4 A3 1 community never nominated
//   p5 A2 1 community nominated 2026-06-01 (14 days ago)
#include "KpiFixture.h"

namespace ad::test {
namespace {

class KpiTest : public KpiFixture
{
protected:
    void SetUp() override
    {
        const QString alice = user(QStringLiteral("alice"));
        const QString bob = user(QStringLiteral("bob"));
        a1 = ownedAccount(QStringLiteral("Acme"), Segment::Enterprise, QStringLiteral("APAC"), alice,
                          day(12, 1));
        a2 = ownedAccount(QStringLiteral("Beta"), Segment::Smb, QStringLiteral("EMEA"), bob, day(3, 1));
        a3 = ownedAccount(QStringLiteral("Gamma"), Segment::Smb, QStringLiteral("EMEA"), bob,
                          day(12, 31, 2025));
        a4 = ownedAccount(QStringLiteral("Delta"), Segment::Enterprise, QStringLiteral("APAC"), alice,
                          day(1, 1, 2027));
        purchase(a2, day(2, 1), 1000);
        p1 = person(QStringLiteral("p1@acme.test"), a1, 5, Tier::Gold, daysAgo(30));
        p2 = person(QStringLiteral("p2@acme.test"), a1, 3, Tier::Silver, daysAgo(10));
        p3 = person(QStringLiteral("p3@beta.test"), a2, 2, Tier::Community, today());
        p4 = person(QStringLiteral("p4@gamma.test"), a3, 1, Tier::Community, {});
        p5 = person(QStringLiteral("p5@beta.test"), a2, 1, Tier::Community, {});
        atDay(daysAgo(14),
              [&] { ASSERT_TRUE(services().nominations().nominate(p5.id, QStringLiteral("x")).ok()); });

        nps(p1, 9, day(2, 10));
        nps(p1, 10, day(5, 5));
        nps(p2, 7, day(5, 20));
        nps(p3, 8, day(12, 1, 2025)); // before the range
        nps(p3, 3, day(2, 15));
        nps(p4, 10, day(5, 1));

        contribution(p1, QStringLiteral("Reference call"), day(3, 10));
        contribution(p1, QStringLiteral("Case study"), day(5, 20));
        contribution(p2, QStringLiteral("Written testimonial"), day(5, 25));
        contribution(p3, QStringLiteral("Reference call"), day(11, 1, 2025)); // before the range

        // Requests with asks (asked ago, answered ago): see the coverage and revenue tests.
        rq1 = askAt(p1, 200, 200, AskAnswer::Accepted); // 2025-11-27, before the range
        rq2 = askAt(p1, 40, 36, AskAnswer::Accepted);   // 4 days to fulfil
        rq3 = askAt(p1, 10, 0, AskAnswer::Pending);
        rq4 = askAt(p2, 20, 18, AskAnswer::Declined);
        rq5 = askAt(p3, 150, 130, AskAnswer::Accepted); // 20 days
        rq6 = askAt(p3, 120, 118, AskAnswer::Accepted); // 2 days
        rq7 = askAt(p3, 100, 90, AskAnswer::Accepted);  // 10 days
        outcome(rq1, QStringLiteral("won"), 99999);
        outcome(rq2, QStringLiteral("won"), 50000);
        outcome(rq7, QStringLiteral("lost"), 0);
        rn1 = request(QStringLiteral("Webinar")).id;
        rn2 = request(QStringLiteral("Webinar")).id;
        rn3 = request(QStringLiteral("Webinar")).id;
        outcome(rn1, QStringLiteral("won"), 20000);
        outcome(rn2, QStringLiteral("lost"), 0);
        outcome(rn3, QStringLiteral("lost"), 0);

        referral(p1, day(3, 1), ReferralStatus::Won, 10000);
        referral(p1, day(4, 1), ReferralStatus::New, 0);
        referral(p3, day(5, 1), ReferralStatus::Lost, 0);
        referral(p2, day(10, 1, 2025), ReferralStatus::Won, 7000); // before the range
    }

    Account a1, a2, a3, a4;
    Advocate p1, p2, p3, p4, p5;
    QString rq1, rq2, rq3, rq4, rq5, rq6, rq7, rn1, rn2, rn3;
};

TEST_F(KpiTest, NpsCountsEachAdvocateOnceWithTheLatestAnswer)
{
    // Range: p1 10 (promoter), p2 7 (passive), p3 3 (detractor), p4 10 (promoter):
    // 2 / 1 / 1, NPS (2 − 1) / 4 = 25. February: p1 9, p3 3 → 1/0/1 = 0.
    // May: p1 10, p2 7, p4 10 → 2/1/0 = 66.7.
    const KpiReport report = compute();
    EXPECT_EQ(report.nps.range, (NpsSummary{2, 1, 1}));
    EXPECT_DOUBLE_EQ(report.nps.range.score(), 25.0);
    ASSERT_EQ(report.nps.trend.size(), 2);
    EXPECT_EQ(report.nps.trend[0].month, QStringLiteral("2026-02"));
    EXPECT_EQ(report.nps.trend[0].summary, (NpsSummary{1, 0, 1}));
    EXPECT_EQ(report.nps.trend[1].month, QStringLiteral("2026-05"));
    EXPECT_EQ(report.nps.trend[1].summary, (NpsSummary{2, 1, 0}));
    // Unfiltered, it is exactly NpsReport's number.
    EXPECT_EQ(report.nps.range, *services().npsReport().programme(day(1, 1), today()));
}

TEST_F(KpiTest, FunnelCountsStagesAndConversion)
{
    // Stages: 1: p4 p5, 2: p3, 3: p2, 4: none, 5: p1. Reached: 5, 3, 2, 1, 1.
    // Conversion 1→2 3/5, 2→3 2/3, 3→4 1/2, 4→5 1/1.
    const KpiReport report = compute();
    ASSERT_EQ(report.funnel.size(), 5);
    QList<int> counts, reached;
    for (const FunnelStage &stage : report.funnel) {
        counts << stage.count;
        reached << stage.reached;
    }
    EXPECT_EQ(counts, (QList<int>{2, 1, 1, 0, 1}));
    EXPECT_EQ(reached, (QList<int>{5, 3, 2, 1, 1}));
    EXPECT_DOUBLE_EQ(*report.funnel[0].conversionToNext, 3.0 / 5.0);
    EXPECT_DOUBLE_EQ(*report.funnel[1].conversionToNext, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*report.funnel[2].conversionToNext, 0.5);
    EXPECT_DOUBLE_EQ(*report.funnel[3].conversionToNext, 1.0);
    EXPECT_FALSE(report.funnel[4].conversionToNext.has_value());
}

TEST_F(KpiTest, PipelineAndTiers)
{
    // Enrolled p1 (30 days), p2 (10), p3 (0): median 10. Nominated p5: 14 days.
    const KpiReport report = compute();
    for (const PipelineStatus &status : report.pipeline) {
        if (status.status == QStringLiteral("enrolled")) {
            EXPECT_EQ(status.count, 3);
            EXPECT_DOUBLE_EQ(*status.medianDaysInStatus, 10.0);
        } else if (status.status == QStringLiteral("nominated")) {
            EXPECT_EQ(status.count, 1);
            EXPECT_DOUBLE_EQ(*status.medianDaysInStatus, 14.0);
        } else {
            EXPECT_EQ(status.count, 0) << status.status.toStdString();
            EXPECT_FALSE(status.medianDaysInStatus.has_value());
        }
    }
    EXPECT_EQ(report.pipeline.size(), 8);
    // Gold p1, silver p2, community p3 p4 p5.
    EXPECT_EQ(report.tiers, (QMap<QString, int>{{QStringLiteral("community"), 3},
                                                {QStringLiteral("silver"), 1},
                                                {QStringLiteral("gold"), 1},
                                                {QStringLiteral("vip"), 0}}));
}

TEST_F(KpiTest, ParticipationAndContributions)
{
    // In range: p1 (March, May), p2 (May); p3's is from 2025. 2 of 5 advocates.
    const KpiReport report = compute();
    EXPECT_EQ(report.participation.participants, 2);
    EXPECT_EQ(report.participation.advocates, 5);
    EXPECT_DOUBLE_EQ(*report.participation.rate, 0.4);
    ASSERT_EQ(report.contributions.size(), 3);
    EXPECT_EQ(report.contributions[0].month, QStringLiteral("2026-03"));
    EXPECT_EQ(report.contributions[0].activityType, QStringLiteral("Reference call"));
    EXPECT_EQ(report.contributions[1].activityType, QStringLiteral("Case study"));
    EXPECT_EQ(report.contributions[2].activityType, QStringLiteral("Written testimonial"));
    for (const MonthlyCount &row : report.contributions)
        EXPECT_EQ(row.count, 1);
}

TEST_F(KpiTest, AskLoadAndFatigue)
{
    // Asks in range: p1 2 (rq2, rq3), p2 1, p3 3, p4 and p5 none → 0:2, 1:1, 2:1, 3+:1.
    // Cap window (2026-03-17, 2026-06-15]: p1 2 (at the cap of 2), p2 1, p3 0 (rq7 is 03-07).
    const KpiReport report = compute();
    EXPECT_EQ(report.askLoad.histogram, (std::array<int, 4>{2, 1, 1, 1}));
    EXPECT_EQ(report.askLoad.fatigued, 1);
}

TEST_F(KpiTest, Referrals)
{
    // In range: p1 won 10000, p1 new, p3 lost; p2's 2025 win is outside.
    const KpiReport report = compute();
    EXPECT_EQ(report.referrals.count, 3);
    EXPECT_EQ(report.referrals.won, 1);
    EXPECT_DOUBLE_EQ(*report.referrals.conversion, 1.0 / 3.0);
    EXPECT_EQ(report.referrals.wonValue, 10000);
    EXPECT_EQ(report.referrals.totalValue, 10000);
}

TEST_F(KpiTest, RevenueWithAndWithoutAReference)
{
    // Decided and opened in range: rq2 won 50000 and rq7 lost (both accepted: with a
    // reference); rn1 won 20000, rn2 and rn3 lost (no ask). rq1 (won) opened in 2025.
    const KpiReport report = compute();
    const RevenueKpi &revenue = report.revenue;
    EXPECT_EQ(revenue.withReference.won, 1);
    EXPECT_EQ(revenue.withReference.lost, 1);
    EXPECT_DOUBLE_EQ(*revenue.withReference.rate, 0.5);
    EXPECT_EQ(revenue.influencedRevenue, 50000);
    EXPECT_EQ(revenue.withoutReference.won, 1);
    EXPECT_EQ(revenue.withoutReference.lost, 2);
    EXPECT_DOUBLE_EQ(*revenue.withoutReference.rate, 1.0 / 3.0);
    EXPECT_EQ(revenue.withoutReference.wonAmount, 20000);
}

TEST_F(KpiTest, AContributionLinkedToARequestAlsoCountsAsAReference)
{
    // rn2 (lost, no ask) gets p2's webinar linked to it: with a reference now
    // 1 won 2 lost, without 1 won 1 lost.
    Participation linked;
    linked.advocateId = p2.id;
    linked.activityTypeId = activity(QStringLiteral("Webinar"));
    linked.requestId = rn2;
    linked.occurredOn = day(6, 1);
    ASSERT_TRUE(services().engagement().recordContribution(linked).ok());
    const KpiReport report = compute();
    EXPECT_EQ(report.revenue.withReference.lost, 2);
    EXPECT_EQ(report.revenue.withoutReference.lost, 1);
    QStringList expected{rq2, rq7, rn2};
    expected.sort();
    EXPECT_EQ(report.revenue.withReferenceIds, expected);
}

TEST_F(KpiTest, CoverageAndTimeToFulfil)
{
    // Open (outcome open, status still in play): rq3 (pending ask), rq5, rq6 (accepted).
    // rq4 was declined; rq1, rq2, rq7 and rn* have outcomes. Covered 2 of 3.
    // Fulfilled in range: rq2 4, rq5 20, rq6 2, rq7 10 days → median (4 + 10) / 2 = 7.
    const KpiReport report = compute();
    EXPECT_EQ(report.coverage.openRequests, 3);
    EXPECT_EQ(report.coverage.covered, 2);
    EXPECT_DOUBLE_EQ(*report.coverage.coverage, 2.0 / 3.0);
    EXPECT_EQ(report.coverage.uncoveredIds, QStringList{rq3});
    EXPECT_DOUBLE_EQ(*report.coverage.medianDaysToFulfil, 7.0);
}

TEST_F(KpiTest, RetentionOfAdvocateAndOtherAccounts)
{
    // Advocate accounts A1 (renews 2026-12-01) and A2 (bought 2026-02-01): 2 of 2.
    // Others: A3 (renewal past, no purchase) no, A4 (renews 2027) yes: 1 of 2.
    const KpiReport report = compute();
    EXPECT_EQ(report.retention.advocates.accounts, 2);
    EXPECT_EQ(report.retention.advocates.retained, 2);
    EXPECT_EQ(report.retention.nonAdvocates.accounts, 2);
    EXPECT_EQ(report.retention.nonAdvocates.retained, 1);
    EXPECT_DOUBLE_EQ(*report.retention.nonAdvocates.rate, 0.5);
}

TEST_F(KpiTest, FollowUpDebtByKind)
{
    // Four unthanked contributions; one case study without its final version; p1 and
    // p2 asked in the last 90 days without a touch; p1 p2 p3 enrolled, never verified.
    const KpiReport report = compute();
    EXPECT_EQ(report.followUpDebt.value(QStringLiteral("thank_you")), 4);
    EXPECT_EQ(report.followUpDebt.value(QStringLiteral("final_version")), 1);
    EXPECT_EQ(report.followUpDebt.value(QStringLiteral("one_way")), 2);
    EXPECT_EQ(report.followUpDebt.value(QStringLiteral("stale_profile")), 3);
    EXPECT_EQ(report.followUpDebt.value(QStringLiteral("unused_contribution")), 0);
    EXPECT_EQ(report.followUpDebt.value(QStringLiteral("stale_consent")), 0);
    // Kind by kind what the follow-up list holds, for everyone and for one CSM.
    for (const QString &csm : {QString(), QStringLiteral("bob")}) {
        const Result<QList<FollowUpItem>> items = services().followUps().due(csm);
        ASSERT_TRUE(items.ok());
        QMap<QString, int> listed;
        for (const FollowUpItem &item : *items)
            ++listed[keyOf(item.kind)];
        const KpiReport counted = compute(csm);
        for (auto it = counted.followUpDebt.cbegin(); it != counted.followUpDebt.cend(); ++it)
            EXPECT_EQ(it.value(), listed.value(it.key())) << it.key().toStdString() << csm.toStdString();
    }
}

TEST_F(KpiTest, DrillDownIdsAreExactlyTheRowsCounted)
{
    const KpiReport report = compute();
    auto sorted = [](QStringList ids) {
        ids.sort();
        return ids;
    };
    EXPECT_EQ(report.askLoad.fatiguedIds, QStringList{p1.id});
    EXPECT_EQ(report.participation.participantIds, sorted({p1.id, p2.id}));
    EXPECT_EQ(report.funnel[0].advocateIds, sorted({p4.id, p5.id}));
    EXPECT_EQ(report.funnel[1].advocateIds, QStringList{p3.id});
    EXPECT_EQ(report.funnel[2].advocateIds, QStringList{p2.id});
    EXPECT_TRUE(report.funnel[3].advocateIds.isEmpty());
    EXPECT_EQ(report.funnel[4].advocateIds, QStringList{p1.id});
    EXPECT_EQ(report.revenue.withReferenceIds, sorted({rq2, rq7}));
    for (const FunnelStage &stage : report.funnel)
        EXPECT_EQ(stage.advocateIds.size(), stage.count);
}

TEST_F(KpiTest, SegmentFilterKeepsOnlyThoseAccounts)
{
    // Enterprise: A1 (p1, p2) and A4. NPS p1 promoter, p2 passive → 50.
    // Participation 2 of 2; asks p1 2, p2 1; tiers gold 1 silver 1. Retention A1 1/1,
    // A4 1/1. Requests carry no segment, so none match.
    const KpiReport report = compute({}, QStringLiteral("enterprise"));
    EXPECT_EQ(report.nps.range, (NpsSummary{1, 1, 0}));
    EXPECT_DOUBLE_EQ(report.nps.range.score(), 50.0);
    EXPECT_EQ(report.participation.advocates, 2);
    EXPECT_DOUBLE_EQ(*report.participation.rate, 1.0);
    EXPECT_EQ(report.askLoad.histogram, (std::array<int, 4>{0, 1, 1, 0}));
    EXPECT_EQ(report.askLoad.fatiguedIds, QStringList{p1.id});
    EXPECT_EQ(report.tiers.value(QStringLiteral("community")), 0);
    EXPECT_EQ(report.retention.advocates.accounts, 1);
    EXPECT_EQ(report.retention.nonAdvocates.retained, 1);
    EXPECT_EQ(report.revenue.withReference.won + report.revenue.withoutReference.won, 0);
}

TEST_F(KpiTest, CsmFilterKeepsOnlyTheirAdvocatesAndAccounts)
{
    // bob: p3, p4, p5 on A2, A3. NPS p3 detractor, p4 promoter → 0. Stages 2, 1, 1.
    // No contribution in range. Asks: p3 3, others 0; nobody fatigued.
    // Retention: A2 (advocate) 1/1, A3 0/1. Debt: p3's thank-you and stale profile.
    const KpiReport report = compute(QStringLiteral("bob"));
    EXPECT_EQ(report.nps.range, (NpsSummary{1, 0, 1}));
    EXPECT_EQ(report.funnel[0].count, 2);
    EXPECT_EQ(report.funnel[1].count, 1);
    EXPECT_EQ(report.participation.participants, 0);
    EXPECT_EQ(report.participation.advocates, 3);
    EXPECT_EQ(report.askLoad.histogram, (std::array<int, 4>{2, 0, 0, 1}));
    EXPECT_EQ(report.askLoad.fatigued, 0);
    EXPECT_EQ(report.retention.advocates.retained, 1);
    EXPECT_EQ(report.retention.nonAdvocates.accounts, 1);
    EXPECT_EQ(report.retention.nonAdvocates.retained, 0);
    EXPECT_EQ(report.followUpDebt.value(QStringLiteral("thank_you")), 1);
    EXPECT_EQ(report.followUpDebt.value(QStringLiteral("stale_profile")), 1);
}

TEST_F(KpiTest, RefusesABackwardRangeAndAnUnknownCsm)
{
    const KpiEngine engine(services().context(), services().rules());
    KpiQuery query{.from = today(), .to = day(1, 1)};
    auto backwards = engine.compute(query);
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().kind, ErrorKind::Invalid);
    auto unknown =
        engine.compute(KpiQuery{.from = day(1, 1), .to = today(), .csm = QStringLiteral("nobody")});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
    // The default range: the last 365 days, today included.
    EXPECT_EQ(engine.defaultQuery().to, today());
    EXPECT_EQ(engine.defaultQuery().from.daysTo(today()), services().rules().kpiDefaultRangeDays - 1);
}

// What a click on a chart lists: the advocates or requests behind the number, by id.
class KpiDrillDownTest : public KpiTest
{
protected:
    QStringList ids(KpiCell::Kind kind, const QString &key = {}, const QString &month = {},
                    const QString &csm = {})
    {
        const KpiQuery query{.from = day(1, 1), .to = today(), .csm = csm};
        auto rows =
            KpiEngine(services().context(), services().rules()).drillDown(query, KpiCell{kind, key, month});
        EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
        QStringList found;
        for (const KpiDrillRow &row : rows.ok() ? *rows : QList<KpiDrillRow>{})
            found << row.id;
        found.sort();
        return found;
    }
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
};

TEST_F(KpiDrillDownTest, AdvocateCellsListExactlyTheAdvocatesCounted)
{
    using Kind = KpiCell::Kind;
    EXPECT_EQ(ids(Kind::FunnelStage, QStringLiteral("1")), sorted({p4.id, p5.id}));
    EXPECT_EQ(ids(Kind::FunnelStage, QStringLiteral("5")), QStringList{p1.id});
    EXPECT_EQ(ids(Kind::Tier, QStringLiteral("community")), sorted({p3.id, p4.id, p5.id}));
    EXPECT_EQ(ids(Kind::Tier, QStringLiteral("silver")), QStringList{p2.id});
    EXPECT_EQ(ids(Kind::PipelineStatus, QStringLiteral("enrolled")), sorted({p1.id, p2.id, p3.id}));
    EXPECT_EQ(ids(Kind::Participants), sorted({p1.id, p2.id}));
    // Asks in range: p1 2, p2 1, p3 3, p4 and p5 none; p1 is at the cap.
    EXPECT_EQ(ids(Kind::AskLoad, QStringLiteral("0")), sorted({p4.id, p5.id}));
    EXPECT_EQ(ids(Kind::AskLoad, QStringLiteral("1")), QStringList{p2.id});
    EXPECT_EQ(ids(Kind::AskLoad, QStringLiteral("2")), QStringList{p1.id});
    EXPECT_EQ(ids(Kind::AskLoad, QStringLiteral("3")), QStringList{p3.id});
    EXPECT_EQ(ids(Kind::Fatigued), QStringList{p1.id});
    // Latest answer in range: p1 10, p2 7, p3 3, p4 10. February alone: p1 9, p3 3.
    EXPECT_EQ(ids(Kind::NpsCategory, QStringLiteral("promoter")), sorted({p1.id, p4.id}));
    EXPECT_EQ(ids(Kind::NpsCategory, QStringLiteral("passive")), QStringList{p2.id});
    EXPECT_EQ(ids(Kind::NpsCategory, QStringLiteral("detractor")), QStringList{p3.id});
    EXPECT_EQ(ids(Kind::NpsCategory, QStringLiteral("promoter"), QStringLiteral("2026-02")),
              QStringList{p1.id});
    EXPECT_EQ(ids(Kind::NpsCategory, QStringLiteral("detractor"), QStringLiteral("2026-02")),
              QStringList{p3.id});
    // Contributions: p1 March reference call and May case study, p2 May testimonial.
    EXPECT_EQ(ids(Kind::Contributions), sorted({p1.id, p2.id}));
    EXPECT_EQ(ids(Kind::Contributions, {}, QStringLiteral("2026-05")), sorted({p1.id, p2.id}));
    EXPECT_EQ(ids(Kind::Contributions, QStringLiteral("Reference call"), QStringLiteral("2026-03")),
              QStringList{p1.id});
    EXPECT_TRUE(
        ids(Kind::Contributions, QStringLiteral("Reference call"), QStringLiteral("2026-05")).isEmpty());
    EXPECT_EQ(ids(Kind::Referrals), sorted({p1.id, p3.id}));
}

TEST_F(KpiDrillDownTest, RequestCellsListExactlyTheRequestsCounted)
{
    using Kind = KpiCell::Kind;
    EXPECT_EQ(ids(Kind::WithReference), sorted({rq2, rq7}));
    EXPECT_EQ(ids(Kind::WithoutReference), sorted({rn1, rn2, rn3}));
    EXPECT_EQ(ids(Kind::UncoveredRequests), QStringList{rq3});
}

TEST_F(KpiDrillDownTest, FiltersNarrowTheListLikeTheNumber)
{
    using Kind = KpiCell::Kind;
    // alice owns Acme (p1, p2): nobody of hers is at stage 1 or in the community tier.
    EXPECT_TRUE(ids(Kind::FunnelStage, QStringLiteral("1"), {}, QStringLiteral("alice")).isEmpty());
    EXPECT_EQ(ids(Kind::Participants, {}, {}, QStringLiteral("alice")), sorted({p1.id, p2.id}));
    EXPECT_EQ(ids(Kind::Referrals, {}, {}, QStringLiteral("bob")), QStringList{p3.id});
    auto unknown = KpiEngine(services().context(), services().rules())
                       .drillDown(KpiQuery{.from = day(1, 1), .to = today()},
                                  KpiCell{KpiCell::Kind::AskLoad, QStringLiteral("7")});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::Invalid);
}

} // namespace
} // namespace ad::test
