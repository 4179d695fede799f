#include "TempDatabase.h"

#include "demo/DemoGenerator.h"
#include "kpi/KpiEngine.h"
#include "services/FollowUpService.h"
#include "services/Services.h"
#include "util/TimeFormat.h"
#include "storage/SqlQuery.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace ad;

namespace {

qint64 count(Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    auto value = scalar(query);
    EXPECT_TRUE(value.ok()) << value.error().message.toStdString();
    return value.ok() ? value->toLongLong() : -1;
}

// Advocates whose name matches `pattern`, decided here: no GLOB on PostgreSQL.
qint64 namesMatching(Database &db, const QString &pattern)
{
    const QRegularExpression expression(pattern);
    SqlQuery query(db, QStringLiteral("SELECT name FROM advocates"));
    EXPECT_TRUE(query.exec().ok());
    qint64 found = 0;
    while (query.next())
        found += query.value(0).toString().contains(expression) ? 1 : 0;
    return found;
}

// Every row but the activity catalogue, whose timestamps are the migration's.
QString generatedRows(test::TempDatabase &temp)
{
    return temp.snapshot()
        .split(QLatin1Char('\n'))
        .filter(QRegularExpression(QStringLiteral("^(?!activity_types\\|)")))
        .join(QLatin1Char('\n'));
}

Status generate(test::TempDatabase &temp, int advocates, quint64 seed)
{
    return DemoGenerator(temp.db(), temp.clock()).generate({advocates, seed});
}

} // namespace

TEST(DemoGenerator, SameSeedAndClockGiveTheSameRows)
{
    test::TempDatabase first;
    test::TempDatabase second;
    ASSERT_TRUE(generate(first, 120, 7).ok());
    ASSERT_TRUE(generate(second, 120, 7).ok());
    const QString a = generatedRows(first);
    EXPECT_TRUE(a.contains(QStringLiteral("advocates|")));
    EXPECT_EQ(a, generatedRows(second));
}

TEST(DemoGenerator, DifferentSeedsGiveDifferentProgrammes)
{
    test::TempDatabase first;
    test::TempDatabase second;
    ASSERT_TRUE(generate(first, 50, 1).ok());
    ASSERT_TRUE(generate(second, 50, 2).ok());
    EXPECT_NE(first.snapshot(), second.snapshot());
}

TEST(DemoGenerator, FillsEveryEntityAtTheRequestedSize)
{
    test::TempDatabase temp;
    ASSERT_TRUE(generate(temp, 200, 42).ok());
    auto &db = temp.db();
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM advocates")), 200);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM accounts")), 40);
    for (const char *table : {"users", "nps_responses", "nominations", "requests", "asks", "participations",
                              "appreciations", "touches", "purchases", "referrals", "feedback_items", "consents",
                              "audit_events", "advocate_notes", "activity_preferences"})
        EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0) << table;
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM advocate_search")), 200);
    auto problems = db.integrityProblems();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
}

TEST(DemoGenerator, ExactProportionsGiveTheBenchmarkShape)
{
    // The benchmark datasets (docs/performance.md) promise exact sizes.
    test::TempDatabase temp;
    DemoOptions options{500, 42};
    options.exactProportions = true;
    ASSERT_TRUE(DemoGenerator(temp.db(), temp.clock()).generate(options).ok());
    auto &db = temp.db();
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM accounts")), 100);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM nps_responses")), 1500);
    EXPECT_EQ(count(db, QStringLiteral("SELECT (SELECT count(*) FROM participations) + "
                                       "(SELECT count(*) FROM touches)")),
              5000);
    // Every advocate has exactly ten, not just the programme on average.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM advocates a WHERE "
                                       "(SELECT count(*) FROM participations p WHERE p.advocate_id = a.id) + "
                                       "(SELECT count(*) FROM touches t WHERE t.advocate_id = a.id) <> 10")),
              0);
    auto problems = db.integrityProblems();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
}

TEST(DemoGenerator, NamesMixEnglishChineseAndMalay)
{
    test::TempDatabase temp;
    ASSERT_TRUE(generate(temp, 200, 42).ok());
    auto &db = temp.db();
    EXPECT_GT(namesMatching(db, QStringLiteral("[一-龥]")), 10);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM advocates WHERE name LIKE '% bin %' OR name LIKE '% binti %'")), 10);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM advocates WHERE language = 'en'")), 10);
    EXPECT_EQ(namesMatching(db, QStringLiteral("[0-9]")), 0);
}

TEST(DemoGenerator, HoldsTheHardCasesEveryRuleNeeds)
{
    test::TempDatabase temp;
    ASSERT_TRUE(generate(temp, 200, 42).ok());
    auto &db = temp.db();
    // Pinned today: 2026-06-15.
    for (const char *status : {"nominated", "in_review", "cultivating", "invited", "enrolled", "declined",
                               "not_a_fit", "paused"})
        EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM nominations WHERE status = '%1'").arg(QLatin1String(status))), 0)
            << status;
    // Asked twice within the last 90 days.
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM (SELECT advocate_id FROM asks WHERE asked_on >= "
                                       "'2026-03-17' GROUP BY advocate_id HAVING count(*) >= 2) AS twice")), 0);
    // Resting after a high-barrier contribution in the last 30 days.
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM participations p JOIN activity_types t ON t.id = "
                                       "p.activity_type_id WHERE t.barrier = 'high' AND p.occurred_on >= '2026-05-16'")), 0);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM asks WHERE answer = 'declined' AND asked_on >= '2026-04-16'")), 0);
    // Enrolled-stage people without any consent.
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM advocates a WHERE journey_stage >= 3 AND NOT EXISTS "
                                       "(SELECT 1 FROM consents c WHERE c.advocate_id = a.id)")), 0);
    // Detractors by latest score.
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM advocates a WHERE (SELECT score FROM nps_responses n "
                                       "WHERE n.advocate_id = a.id ORDER BY responded_on DESC LIMIT 1) <= 6")), 0);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM accounts WHERE renewal_date BETWEEN '2026-06-15' AND '2026-07-15'")), 0);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM accounts WHERE open_escalation = 1")), 0);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM advocates WHERE last_verified < '2025-06-15'")), 0);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM advocates WHERE do_not_ask_until > '2026-06-15'")), 0);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM consents WHERE expires_on < '2026-06-15'")), 0);
    // A contribution with no thank-you yet, inside the 7-day window.
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM participations p WHERE occurred_on >= '2026-06-08' AND "
                                       "NOT EXISTS (SELECT 1 FROM appreciations a WHERE a.participation_id = p.id)")), 0);
    // Nothing dated in the future.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM participations WHERE occurred_on > '2026-06-15'")), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM touches WHERE occurred_on > '2026-06-15'")), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM nps_responses WHERE responded_on > '2026-06-15'")), 0);
}

TEST(DemoGenerator, RefusesADatabaseThatHoldsAdvocates)
{
    test::TempDatabase temp;
    ASSERT_TRUE(generate(temp, 10, 1).ok());
    const QString before = temp.snapshot();
    Status again = generate(temp, 10, 2);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Refused);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST(DemoGenerator, CancellingLeavesTheDatabaseAsItWas)
{
    test::TempDatabase temp;
    const QString before = temp.snapshot();
    int calls = 0;
    Status cancelled = DemoGenerator(temp.db(), temp.clock()).generate({1000, 3}, [&](int, int) {
        return ++calls < 2;
    });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST(DemoGenerator, RefusesZeroAdvocates)
{
    test::TempDatabase temp;
    EXPECT_EQ(generate(temp, 0, 1).error().kind, ErrorKind::Invalid);
}

// The demo a newcomer loads tells the story the seeds tell: a healthy and
// improving NPS, advocates' accounts retaining better, references that win
// deals against a baseline, a pipeline that flows, and follow-up debt of weeks.
TEST(DemoGenerator, TheDemoTellsACredibleStory)
{
    for (quint64 seed : {42ULL, 7ULL}) {
        test::TempDatabase temp;
        ASSERT_TRUE(DemoGenerator(temp.db(), temp.clock()).generate(DemoOptions{.advocates = 200, .seed = seed}).ok());
        const QDate today = temp.clock().today();
        const KpiEngine engine(temp.services().context(), temp.services().rules());
        Result<KpiReport> year = engine.compute(KpiQuery{.from = today.addDays(-364), .to = today, .withIds = false});
        Result<KpiReport> before =
            engine.compute(KpiQuery{.from = today.addDays(-729), .to = today.addDays(-365), .withIds = false});
        ASSERT_TRUE(year.ok() && before.ok());
        const std::string where = "seed " + std::to_string(seed);

        const double nps = year->nps.range.score();
        EXPECT_GE(nps, 25) << where;
        EXPECT_LE(nps, 50) << where;
        EXPECT_GE(nps - before->nps.range.score(), 5) << where << ": the NPS rises over two years";

        const RetentionKpi &retention = year->retention;
        ASSERT_GT(retention.advocates.accounts, 0);
        ASSERT_GT(retention.nonAdvocates.accounts, 0);
        EXPECT_GT(*retention.advocates.rate, *retention.nonAdvocates.rate + 0.1) << where;
        EXPECT_LT(*retention.nonAdvocates.rate, 0.95) << where << ": some customers leave";

        const RevenueKpi &revenue = year->revenue;
        ASSERT_GE(revenue.withoutReference.won + revenue.withoutReference.lost, 3) << where << ": a baseline exists";
        ASSERT_GE(revenue.withReference.won + revenue.withReference.lost, 3) << where;
        EXPECT_GT(*revenue.withReference.rate, *revenue.withoutReference.rate + 0.15) << where;

        int stuck = 0;
        for (const PipelineStatus &status : year->pipeline) {
            const auto key = parseNominationStatus(status.status);
            const bool moving = key == NominationStatus::Nominated || key == NominationStatus::InReview
                                || key == NominationStatus::Cultivating || key == NominationStatus::Invited;
            if (!moving || status.count == 0)
                continue;
            EXPECT_LE(*status.medianDaysInStatus, 30) << where << ": cards wait days to weeks in " << status.status.toStdString();
        }
        SqlQuery waiting(temp.db(), QStringLiteral("SELECT count(*) FROM nominations WHERE status IN "
                                                   "('nominated', 'in_review', 'cultivating', 'invited') "
                                                   "AND status_changed_at < ?"));
        waiting.bind(time::toStorage(QDateTime(today.addDays(-45), QTime(0, 0), Qt::UTC)));
        stuck = scalar(waiting)->toInt();
        EXPECT_GE(stuck, 1) << where << ": a few cards are stuck";

        Result<QList<FollowUpItem>> due = temp.services().followUps().due(QString());
        ASSERT_TRUE(due.ok());
        EXPECT_LE(due->size(), 80) << where;
        for (const FollowUpItem &item : *due)
            EXPECT_GE(item.dueOn, today.addDays(-180)) << where << ": " << item.action.toStdString();
    }
}
