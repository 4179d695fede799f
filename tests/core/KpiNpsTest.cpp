// NPS KPI edge cases around "the latest answer": answers on the same day (the
// one recorded last counts), at a month's end and the next month's start, and
// answers after the range's end, which must not hide one inside it.
#include "KpiFixture.h"

namespace ad::test {
namespace {

class KpiNpsTest : public KpiFixture
{
protected:
    void SetUp() override
    {
        const Account acme = ownedAccount(QStringLiteral("Acme"), Segment::Enterprise, QStringLiteral("APAC"),
                                          user(QStringLiteral("alice")), day(12, 1));
        p1 = person(QStringLiteral("p1@acme.test"), acme, 1, Tier::Community, {});
        p2 = person(QStringLiteral("p2@acme.test"), acme, 1, Tier::Community, {});
        nps(p1, 9, day(3, 10));
        nps(p1, 3, day(3, 10)); // same day, recorded later: this one counts
        nps(p2, 10, day(3, 31));
        nps(p2, 6, day(4, 1));
        nps(p2, 8, day(4, 1)); // April's and the range's latest for p2
        nps(p2, 0, day(5, 2)); // after the range used below
    }

    KpiReport computeUntil(const QDate &to)
    {
        KpiQuery query;
        query.from = day(1, 1);
        query.to = to;
        auto report = KpiEngine(services().context(), services().rules()).compute(query);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        return report.ok() ? *report : KpiReport{};
    }

    Advocate p1, p2;
};

TEST_F(KpiNpsTest, TheLastRecordedAnswerOfTheDayMonthAndRangeCounts)
{
    // Range to 2026-04-30: p1 3 (detractor), p2 8 (passive). March: p1 3, p2 10.
    // April: p2 8.
    const KpiReport report = computeUntil(day(4, 30));
    EXPECT_EQ(report.nps.range, (NpsSummary{0, 1, 1}));
    EXPECT_EQ(report.nps.range, *services().npsReport().programme(day(1, 1), day(4, 30)));
    ASSERT_EQ(report.nps.trend.size(), 2);
    EXPECT_EQ(report.nps.trend[0].month, QStringLiteral("2026-03"));
    EXPECT_EQ(report.nps.trend[0].summary, (NpsSummary{1, 0, 1}));
    EXPECT_EQ(report.nps.trend[1].month, QStringLiteral("2026-04"));
    EXPECT_EQ(report.nps.trend[1].summary, (NpsSummary{0, 1, 0}));
}

TEST_F(KpiNpsTest, AnAnswerAfterTheRangeEndsDoesNotCount)
{
    // To today: p2's latest is the 0 of May, a detractor; April keeps its 8.
    const KpiReport report = computeUntil(today());
    EXPECT_EQ(report.nps.range, (NpsSummary{0, 0, 2}));
    EXPECT_EQ(report.nps.range, *services().npsReport().programme(day(1, 1), today()));
    ASSERT_EQ(report.nps.trend.size(), 3);
    EXPECT_EQ(report.nps.trend[1].summary, (NpsSummary{0, 1, 0}));
    EXPECT_EQ(report.nps.trend[2].month, QStringLiteral("2026-05"));
    EXPECT_EQ(report.nps.trend[2].summary, (NpsSummary{0, 0, 1}));
}

} // namespace
} // namespace ad::test
