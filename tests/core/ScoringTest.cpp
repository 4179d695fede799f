// Contact score, tier recommendation and RFM, hand-computed around 2026-06-15.
#include "ProgrammeFixture.h"

#include "demo/DemoGenerator.h"
#include "rules/Tiers.h"
#include "storage/SqlQuery.h"
#include "util/Ids.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ad;

TEST(TierRules, ThresholdsAndTheVipCondition)
{
    EXPECT_EQ(recommendTier(0, false), Tier::Community);
    EXPECT_EQ(recommendTier(49, true), Tier::Community);
    EXPECT_EQ(recommendTier(50, false), Tier::Silver);
    EXPECT_EQ(recommendTier(149, false), Tier::Silver);
    EXPECT_EQ(recommendTier(150, false), Tier::Gold);
    EXPECT_EQ(recommendTier(400, false), Tier::Gold); // no high-barrier contribution
    EXPECT_EQ(recommendTier(400, true), Tier::Vip);
    ProgrammeRules rules;
    rules.tierThresholds = {0, 10, 20, 30};
    EXPECT_EQ(recommendTier(25, false, rules), Tier::Gold);
}

class ScoringTest : public test::ProgrammeFixture
{
protected:
    Account acme = account(QStringLiteral("Acme"));
    Advocate mei = temp.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);

    void purchase(const QString &accountId, const QDate &on, qint64 amount)
    {
        SqlQuery insert(temp.db(),
                        QStringLiteral("INSERT INTO purchases (id, account_id, purchased_on, amount, "
                                       "created_at, updated_at) VALUES (?, ?, ?, ?, '', '')"));
        insert.bind(newId()).bind(accountId).bind(on.toString(Qt::ISODate)).bind(amount);
        ASSERT_TRUE(insert.exec().ok());
    }
};

TEST_F(ScoringTest, ContactScorePointsExpireAfter180Days)
{
    contribution(mei, QStringLiteral("Reference call"), daysAgo(10)); // 20
    contribution(mei, QStringLiteral("Case study"), daysAgo(179));    // 60
    contribution(mei, QStringLiteral("Webinar"), daysAgo(180));       // expired
    Touch touch;
    touch.advocateId = mei.id;
    touch.occurredOn = daysAgo(5);
    ASSERT_TRUE(services().engagement().logTouch(touch).ok()); // 5
    nps(mei, 9, daysAgo(30));                                  // 2
    nps(mei, 9, daysAgo(200));                                 // expired
    auto score = services().scoring().contactScore(mei.id);
    ASSERT_TRUE(score.ok()) << score.error().message.toStdString();
    EXPECT_EQ(*score, 20 + 60 + 5 + 2);
    temp.clock().advanceDays(1); // the case study expires too
    EXPECT_EQ(*services().scoring().contactScore(mei.id), 20 + 5 + 2);
    EXPECT_EQ(services().scoring().contactScores()->value(mei.id), 27);
}

TEST_F(ScoringTest, TrailingPointsCoverTwelveMonths)
{
    contribution(mei, QStringLiteral("Conference talk"), QDate(2025, 6, 16)); // 80, high barrier, inside
    contribution(mei, QStringLiteral("Case study"), QDate(2025, 6, 15));    // 60, exactly 12 months: outside
    contribution(mei, QStringLiteral("Reference call"), QDate(2026, 6, 1)); // 20
    auto points = services().scoring().trailingPoints();
    ASSERT_TRUE(points.ok());
    EXPECT_EQ(points->value(mei.id).points, 100);
    EXPECT_TRUE(points->value(mei.id).hasHighBarrier);
}

TEST_F(ScoringTest, RfmQuintilesAndBestCustomers)
{
    // Five accounts, each better than the last on all three measures, and one
    // that buys often and much but not lately.
    QList<Account> accounts;
    for (int i = 1; i <= 5; ++i) {
        accounts << account(QStringLiteral("Account %1").arg(i));
        for (int n = 0; n < i; ++n)
            purchase(accounts.last().id, QDate(2026, i, 1).addDays(-n), 1000 * i);
    }
    auto scores = services().rfm().scores();
    ASSERT_TRUE(scores.ok()) << scores.error().message.toStdString();
    ASSERT_EQ(scores->size(), 5);
    for (int i = 0; i < 5; ++i) {
        const RfmScore &score = scores->at(i);
        EXPECT_EQ(score.accountName, QStringLiteral("Account %1").arg(i + 1));
        EXPECT_EQ(score.recency, i + 1);
        EXPECT_EQ(score.frequency, i + 1);
        EXPECT_EQ(score.monetary, i + 1);
        EXPECT_EQ(score.purchases, i + 1);
        EXPECT_EQ(score.amount, 1000LL * (i + 1) * (i + 1));
    }
    EXPECT_EQ(scores->at(4).lastPurchase, QDate(2026, 5, 1));
    // Quintiles 4 and 5 on all three: accounts 4 and 5.
    auto best = services().rfm().bestCustomers();
    ASSERT_TRUE(best.ok());
    ASSERT_EQ(best->size(), 2);
    EXPECT_EQ(best->at(0).accountName, QStringLiteral("Account 4"));
    services().rules().bestCustomerQuintile = 5;
    EXPECT_EQ(services().rfm().bestCustomers()->size(), 1);
}

class TierReviewTest : public ScoringTest
{
protected:
    Advocate raj = temp.makeAdvocate(QStringLiteral("raj@acme.example"), acme.id);
};

TEST_F(TierReviewTest, RecommendationsQueueButNeverChangeATier)
{
    contribution(mei, QStringLiteral("Case study"), daysAgo(10));     // 60: Silver
    contribution(raj, QStringLiteral("Reference call"), daysAgo(10)); // 20: stays Community
    auto pending = services().tierReviews().refresh();
    ASSERT_TRUE(pending.ok()) << pending.error().message.toStdString();
    EXPECT_EQ(*pending, 1);
    auto queue = services().tierReviews().pending();
    ASSERT_EQ(queue->size(), 1);
    EXPECT_EQ(queue->first().advocateEmail, mei.email);
    EXPECT_EQ(queue->first().currentTier, Tier::Community);
    EXPECT_EQ(queue->first().recommendedTier, Tier::Silver);
    EXPECT_EQ(queue->first().points, 60);
    EXPECT_EQ(services().advocates().get(mei.id)->tier, Tier::Community);
    // Refreshing again is idempotent; more points update the open review.
    EXPECT_EQ(*services().tierReviews().refresh(), 1);
    contribution(mei, QStringLiteral("Conference talk"), daysAgo(5)); // 140: still Silver
    contribution(mei, QStringLiteral("Webinar"), daysAgo(4));         // 185: Gold
    EXPECT_EQ(*services().tierReviews().refresh(), 1);
    EXPECT_EQ(services().tierReviews().pending()->first().recommendedTier, Tier::Gold);
    EXPECT_EQ(services().advocates().get(mei.id)->tier, Tier::Community);
}

TEST_F(TierReviewTest, ApproveAndOverrideNeedAReasonAndAreAudited)
{
    contribution(mei, QStringLiteral("Case study"), daysAgo(10));
    contribution(raj, QStringLiteral("Conference talk"), daysAgo(10)); // 80: Silver
    ASSERT_EQ(*services().tierReviews().refresh(), 2);
    const auto queue = services().tierReviews().pending();
    ASSERT_TRUE(queue.ok());
    const QString meiReview = queue->at(0).advocateId == mei.id ? queue->at(0).id : queue->at(1).id;
    const QString rajReview = queue->at(0).advocateId == raj.id ? queue->at(0).id : queue->at(1).id;

    const QString before = temp.snapshot();
    EXPECT_EQ(services().tierReviews().approve(meiReview, QStringLiteral(" ")).error().kind,
              ErrorKind::Invalid);
    EXPECT_EQ(temp.snapshot(), before);

    ASSERT_TRUE(services().tierReviews().approve(meiReview, QStringLiteral("Great case study")).ok());
    EXPECT_EQ(services().advocates().get(mei.id)->tier, Tier::Silver);
    ASSERT_TRUE(
        services().tierReviews().overrideTier(rajReview, Tier::Gold, QStringLiteral("Keynote impact")).ok());
    EXPECT_EQ(services().advocates().get(raj.id)->tier, Tier::Gold);
    auto decided = services().tierReviews().get(rajReview);
    EXPECT_EQ(decided->status, TierReviewStatus::Overridden);
    EXPECT_EQ(decided->decidedTier, Tier::Gold);
    EXPECT_EQ(decided->decidedBy, QStringLiteral("tester"));
    bool audited = false;
    const auto events = services().audit().forAdvocate(raj.id);
    for (const AuditEvent &event : *events)
        audited |= event.field == QLatin1String("tier") && event.newValue == QLatin1String("gold") &&
                   event.reason == QLatin1String("Keynote impact");
    EXPECT_TRUE(audited);
    EXPECT_EQ(services().tierReviews().approve(rajReview, QStringLiteral("again")).error().kind,
              ErrorKind::Refused);
    EXPECT_TRUE(services().tierReviews().pending()->isEmpty());
}

TEST_F(TierReviewTest, OnlyAProgrammeManagerDecides)
{
    contribution(mei, QStringLiteral("Case study"), daysAgo(10));
    ASSERT_EQ(*services().tierReviews().refresh(), 1);
    const QString review = services().tierReviews().pending()->first().id;
    ASSERT_TRUE(services().users().create(QStringLiteral("csm"), UserRole::Csm).ok());
    Services asCsm(temp.db(), temp.clock(), QStringLiteral("csm"));
    const QString before = temp.snapshot();
    Status refused = asCsm.tierReviews().approve(review, QStringLiteral("I think so"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST(TierReviewMigration, AVersionOneFileGainsTheQueue)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(ADVOCATEDESK_FIXTURES_DIR "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ((*opened)->schemaVersion(), Database::currentSchemaVersion());
    FixedClock clock(test::TempDatabase::pinnedNow());
    Services services(**opened, clock, QStringLiteral("tester"));
    auto pending = services.tierReviews().refresh();
    ASSERT_TRUE(pending.ok()) << pending.error().message.toStdString();
    EXPECT_EQ(services.tierReviews().pending()->size(), *pending);
}

TEST(TierReviewQueue, TheHeadIsTheQueuesOldestAndItsSize)
{
    test::TempDatabase temp;
    ASSERT_TRUE(DemoGenerator(temp.db(), temp.clock()).generate({200, 7}).ok());
    auto queued = temp.services().tierReviews().refresh();
    ASSERT_TRUE(queued.ok()) << queued.error().message.toStdString();
    auto all = temp.services().tierReviews().pending();
    ASSERT_TRUE(all.ok());
    ASSERT_GT(all->size(), 3) << "the demo should queue more than the smallest limits";
    for (int limit : {0, 1, 3, int(all->size()), int(all->size()) + 5}) {
        auto head = temp.services().tierReviews().pending(limit);
        ASSERT_TRUE(head.ok());
        EXPECT_EQ(head->total, all->size());
        QStringList ids, expected;
        for (const TierReview &review : head->rows)
            ids << review.id;
        for (const TierReview &review : all->mid(0, limit))
            expected << review.id;
        EXPECT_EQ(ids, expected) << "first " << limit;
    }
}
