// Drill-downs over a generated programme: every clickable number lists as many
// rows as it counts, and the lists the report already carries are the same rows.
#include "TempDatabase.h"

#include "demo/DemoGenerator.h"
#include "domain/Enums.h"
#include "kpi/KpiEngine.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

class KpiDrillDownDemoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoGenerator(temp.db(), temp.clock()).generate({120, 11}).ok());
        query = engine().defaultQuery();
        auto computed = engine().compute(query);
        ASSERT_TRUE(computed.ok()) << computed.error().message.toStdString();
        report = *computed;
    }

    KpiEngine engine() { return KpiEngine(temp.services().context(), temp.services().rules()); }

    QStringList ids(KpiCell::Kind kind, const QString &key = {}, const QString &month = {})
    {
        auto rows = engine().drillDown(query, KpiCell{kind, key, month});
        EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
        QStringList found;
        for (const KpiDrillRow &row : rows.ok() ? *rows : QList<KpiDrillRow>{})
            found << row.id;
        found.sort();
        return found;
    }

    test::TempDatabase temp;
    KpiQuery query;
    KpiReport report;
};

TEST_F(KpiDrillDownDemoTest, EveryCellListsWhatItsNumberCounted)
{
    using Kind = KpiCell::Kind;
    for (const FunnelStage &stage : report.funnel)
        EXPECT_EQ(ids(Kind::FunnelStage, QString::number(stage.stage)), stage.advocateIds) << stage.stage;
    for (auto it = report.tiers.begin(); it != report.tiers.end(); ++it)
        EXPECT_EQ(ids(Kind::Tier, it.key()).size(), it.value()) << it.key().toStdString();
    for (int bucket = 0; bucket < 4; ++bucket)
        EXPECT_EQ(ids(Kind::AskLoad, QString::number(bucket)).size(),
                  report.askLoad.histogram[std::size_t(bucket)]);
    EXPECT_EQ(ids(Kind::Fatigued), report.askLoad.fatiguedIds);
    EXPECT_EQ(ids(Kind::Participants), report.participation.participantIds);
    EXPECT_EQ(ids(Kind::NpsCategory, QStringLiteral("promoter")).size(), report.nps.range.promoters);
    EXPECT_EQ(ids(Kind::NpsCategory, QStringLiteral("passive")).size(), report.nps.range.passives);
    EXPECT_EQ(ids(Kind::NpsCategory, QStringLiteral("detractor")).size(), report.nps.range.detractors);
    ASSERT_FALSE(report.nps.trend.isEmpty());
    for (const NpsMonth &month : report.nps.trend)
        EXPECT_EQ(ids(Kind::NpsCategory, QStringLiteral("promoter"), month.month).size(),
                  month.summary.promoters)
            << month.month.toStdString();
    EXPECT_EQ(ids(Kind::WithReference), report.revenue.withReferenceIds);
    EXPECT_EQ(ids(Kind::WithoutReference).size(),
              report.revenue.withoutReference.won + report.revenue.withoutReference.lost);
    EXPECT_EQ(ids(Kind::UncoveredRequests), report.coverage.uncoveredIds);
    // Contributions count contributions; their list holds each contributor once.
    ASSERT_FALSE(report.contributions.isEmpty());
    const MonthlyCount &first = report.contributions.first();
    const QStringList contributors = ids(Kind::Contributions, first.activityType, first.month);
    EXPECT_FALSE(contributors.isEmpty());
    EXPECT_LE(contributors.size(), first.count);
}

} // namespace
