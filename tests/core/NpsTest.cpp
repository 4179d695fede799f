#include "ProgrammeFixture.h"

#include "rules/Nps.h"

using namespace ad;

TEST(NpsRules, ClassifiesByTheDefaultBands)
{
    for (int score : {0, 3, 6})
        EXPECT_EQ(classifyNps(score), NpsCategory::Detractor) << score;
    for (int score : {7, 8})
        EXPECT_EQ(classifyNps(score), NpsCategory::Passive) << score;
    for (int score : {9, 10})
        EXPECT_EQ(classifyNps(score), NpsCategory::Promoter) << score;
}

TEST(NpsRules, BandsComeFromTheProgrammeRules)
{
    ProgrammeRules rules;
    rules.npsDetractorMax = 5;
    EXPECT_EQ(classifyNps(6, rules), NpsCategory::Passive);
    EXPECT_EQ(classifyNps(5, rules), NpsCategory::Detractor);
}

TEST(NpsRules, ScoreIsPromoterShareMinusDetractorShare)
{
    // 5 promoters, 3 passives, 2 detractors of 10: 50% − 20% = 30.
    EXPECT_DOUBLE_EQ((NpsSummary{5, 3, 2}.score()), 30.0);
    EXPECT_DOUBLE_EQ((NpsSummary{0, 0, 4}.score()), -100.0);
    EXPECT_DOUBLE_EQ((NpsSummary{1, 1, 1}.score()), 0.0);
    EXPECT_DOUBLE_EQ(NpsSummary{}.score(), 0.0);
}

class NpsReportTest : public test::ProgrammeFixture
{
protected:
    void SetUp() override
    {
        Account a = account(QStringLiteral("Alpha"), QStringLiteral("Logistics"), Segment::Enterprise);
        Account b = account(QStringLiteral("Beta"), QStringLiteral("Retail"), Segment::Smb);
        accountA = a.id;
        accountB = b.id;
        Advocate a1 = temp.makeAdvocate(QStringLiteral("a1@alpha.example"), a.id);
        Advocate a2 = temp.makeAdvocate(QStringLiteral("a2@alpha.example"), a.id);
        Advocate a3 = temp.makeAdvocate(QStringLiteral("a3@alpha.example"), a.id);
        Advocate b1 = temp.makeAdvocate(QStringLiteral("b1@beta.example"), b.id);
        Advocate b2 = temp.makeAdvocate(QStringLiteral("b2@beta.example"), b.id);
        nps(a1, 10, QDate(2026, 2, 1));
        nps(a1, 5, QDate(2026, 5, 1));  // a1's latest in the window: detractor
        nps(a2, 9, QDate(2026, 3, 1));  // promoter
        nps(a3, 2, QDate(2025, 12, 1)); // before the window: ignored
        nps(a3, 7, QDate(2026, 3, 1));  // passive
        nps(b1, 10, QDate(2026, 1, 1)); // promoter (first day of the window counts)
        nps(b2, 8, QDate(2026, 4, 1));  // passive
        nps(b2, 0, QDate(2026, 6, 10)); // after the window: ignored
    }
    const QDate from{2026, 1, 1};
    const QDate to{2026, 5, 31};
    QString accountA;
    QString accountB;
};

TEST_F(NpsReportTest, ProgrammeCountsEachAdvocatesLatestResponseInTheWindow)
{
    auto summary = services().npsReport().programme(from, to);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    // Promoters a2, b1; passives a3, b2; detractor a1: 40% − 20% = 20.
    EXPECT_EQ(*summary, (NpsSummary{2, 2, 1}));
    EXPECT_DOUBLE_EQ(summary->score(), 20.0);
}

TEST_F(NpsReportTest, PerAccount)
{
    auto alpha = services().npsReport().account(accountA, from, to);
    ASSERT_TRUE(alpha.ok());
    EXPECT_EQ(*alpha, (NpsSummary{1, 1, 1})); // 33.3% − 33.3% = 0
    EXPECT_DOUBLE_EQ(alpha->score(), 0.0);
    auto beta = services().npsReport().account(accountB, from, to);
    ASSERT_TRUE(beta.ok());
    EXPECT_EQ(*beta, (NpsSummary{1, 1, 0})); // 50% − 0% = 50
    EXPECT_DOUBLE_EQ(beta->score(), 50.0);
}

TEST_F(NpsReportTest, PerSegmentListsEverySegment)
{
    auto segments = services().npsReport().bySegment(from, to);
    ASSERT_TRUE(segments.ok());
    ASSERT_EQ(segments->size(), 3);
    for (const auto &[segment, summary] : std::as_const(*segments)) {
        if (segment == Segment::Enterprise)
            EXPECT_EQ(summary, (NpsSummary{1, 1, 1}));
        else if (segment == Segment::Smb)
            EXPECT_EQ(summary, (NpsSummary{1, 1, 0}));
        else
            EXPECT_EQ(summary, NpsSummary{});
    }
}

TEST_F(NpsReportTest, AWindowAfterTheLastResponseCountsTheLaterOne)
{
    // b2's 0 on 2026-06-10 is its latest in June: one detractor, NPS −100.
    auto june = services().npsReport().programme(QDate(2026, 6, 1), QDate(2026, 6, 30));
    ASSERT_TRUE(june.ok());
    EXPECT_EQ(*june, (NpsSummary{0, 0, 1}));
    EXPECT_DOUBLE_EQ(june->score(), -100.0);
}
