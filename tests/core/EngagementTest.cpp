#include "TempDatabase.h"

#include <gtest/gtest.h>

using namespace ad;

class EngagementTest : public ::testing::Test
{
protected:
    test::TempDatabase temp;
    Account account = temp.makeAccount();
    Advocate advocate = temp.makeAdvocate(QStringLiteral("hafiz@acme.example"), account.id,
                                          QStringLiteral("Muhammad Hafiz bin Osman"));

    QString activity(const QString &name)
    {
        auto type = temp.services().activityTypes().find(name);
        EXPECT_TRUE(type.ok() && type->has_value()) << name.toStdString();
        return type.ok() && type->has_value() ? (*type)->id : QString();
    }
};

TEST_F(EngagementTest, NpsScoresOutsideZeroToTenAreRefused)
{
    const QString before = temp.snapshot();
    for (int score : {-1, 11, 100}) {
        auto response = temp.services().nps().record({{}, advocate.id, score, {}, {}, {}});
        ASSERT_FALSE(response.ok()) << score;
        EXPECT_EQ(response.error().field, QStringLiteral("score"));
    }
    EXPECT_EQ(temp.snapshot(), before);
    EXPECT_TRUE(temp.services().nps().record({{}, advocate.id, 0, {}, {}, {}}).ok());
    EXPECT_TRUE(temp.services().nps().record({{}, advocate.id, 10, {}, {}, {}}).ok());
}

TEST_F(EngagementTest, NpsForUnknownAdvocateIsRefused)
{
    const QString before = temp.snapshot();
    auto response = temp.services().nps().record({{}, QStringLiteral("nobody"), 9, {}, {}, {}});
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(EngagementTest, LatestNpsIsTheMostRecentResponse)
{
    ASSERT_TRUE(temp.services().nps().record({{}, advocate.id, 9, {}, QDate(2026, 1, 10), {}}).ok());
    ASSERT_TRUE(temp.services().nps().record({{}, advocate.id, 4, {}, QDate(2026, 5, 2), {}}).ok());
    ASSERT_TRUE(temp.services().nps().record({{}, advocate.id, 7, {}, QDate(2026, 3, 1), {}}).ok());
    auto latest = temp.services().nps().latest(advocate.id);
    ASSERT_TRUE(latest.ok() && latest->has_value());
    EXPECT_EQ((*latest)->score, 4);
    auto history = temp.services().nps().history(advocate.id);
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(history->first().score, 9);
    // A response without a date is dated today by the clock.
    auto today = temp.services().nps().record({{}, advocate.id, 8, {}, {}, {}});
    EXPECT_EQ(today->respondedOn, QDate(2026, 6, 15));
}

TEST_F(EngagementTest, ContributionTakesTheActivityPointsAndCanBeThanked)
{
    Participation input;
    input.advocateId = advocate.id;
    input.activityTypeId = activity(QStringLiteral("Case study"));
    auto contribution = temp.services().engagement().recordContribution(input);
    ASSERT_TRUE(contribution.ok()) << contribution.error().message.toStdString();
    EXPECT_EQ(contribution->points, 60);
    EXPECT_EQ(contribution->occurredOn, QDate(2026, 6, 15));

    Appreciation thanks;
    thanks.advocateId = advocate.id;
    thanks.participationId = contribution->id;
    thanks.kind = AppreciationKind::ExecutiveThankYou;
    ASSERT_TRUE(temp.services().engagement().recordAppreciation(thanks).ok());
    ASSERT_TRUE(temp.services().engagement().markFinalVersionShared(contribution->id, QDate(2026, 6, 20)).ok());
    auto stored = temp.services().engagement().contributions(advocate.id);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().finalSharedOn, QDate(2026, 6, 20));
    EXPECT_EQ(temp.services().engagement().appreciations(advocate.id)->first().kind,
              AppreciationKind::ExecutiveThankYou);
}

TEST_F(EngagementTest, ContributionWithUnknownActivityOrRequestIsRefused)
{
    const QString before = temp.snapshot();
    Participation input;
    input.advocateId = advocate.id;
    input.activityTypeId = QStringLiteral("no-such-type");
    EXPECT_EQ(temp.services().engagement().recordContribution(input).error().field, QStringLiteral("activity_type"));
    input.activityTypeId = activity(QStringLiteral("Webinar"));
    input.requestId = QStringLiteral("no-such-request");
    EXPECT_EQ(temp.services().engagement().recordContribution(input).error().field, QStringLiteral("request"));
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(EngagementTest, AppreciationForSomeoneElsesContributionIsRefused)
{
    Advocate other = temp.makeAdvocate(QStringLiteral("grace@acme.example"), account.id, QStringLiteral("Grace Lim"));
    Participation input;
    input.advocateId = other.id;
    input.activityTypeId = activity(QStringLiteral("Podcast"));
    auto contribution = temp.services().engagement().recordContribution(input);
    ASSERT_TRUE(contribution.ok());
    const QString before = temp.snapshot();
    Appreciation thanks;
    thanks.advocateId = advocate.id;
    thanks.participationId = contribution->id;
    EXPECT_FALSE(temp.services().engagement().recordAppreciation(thanks).ok());
    thanks.participationId.clear();
    thanks.cost = -1;
    EXPECT_EQ(temp.services().engagement().recordAppreciation(thanks).error().field, QStringLiteral("cost"));
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(EngagementTest, TouchIsLoggedWithItsAuthor)
{
    Touch touch;
    touch.advocateId = advocate.id;
    touch.kind = TouchKind::BusinessReview;
    touch.note = QStringLiteral("QBR");
    auto logged = temp.services().engagement().logTouch(touch);
    ASSERT_TRUE(logged.ok());
    auto touches = temp.services().engagement().touches(advocate.id);
    ASSERT_EQ(touches->size(), 1);
    EXPECT_EQ(touches->first().kind, TouchKind::BusinessReview);
    EXPECT_EQ(touches->first().loggedBy, QStringLiteral("tester"));
    touch.advocateId = QStringLiteral("nobody");
    EXPECT_EQ(temp.services().engagement().logTouch(touch).error().kind, ErrorKind::NotFound);
}

TEST_F(EngagementTest, NominationMovesWriteOneAuditEventEach)
{
    auto nomination = temp.services().nominations().nominate(advocate.id, QStringLiteral("Promoter, 10 at QBR"));
    ASSERT_TRUE(nomination.ok());
    auto &pipeline = temp.services().nominations();
    ASSERT_TRUE(pipeline.move(nomination->id, NominationStatus::InReview, QStringLiteral("Checked with AE")).ok());
    ASSERT_TRUE(pipeline.move(nomination->id, NominationStatus::Cultivating).ok());
    auto events = temp.services().audit().forEntity(nomination->id);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 3);
    EXPECT_EQ(events->at(0).newValue, QStringLiteral("nominated"));
    EXPECT_EQ(events->at(1).oldValue, QStringLiteral("nominated"));
    EXPECT_EQ(events->at(1).newValue, QStringLiteral("in_review"));
    EXPECT_EQ(events->at(1).reason, QStringLiteral("Checked with AE"));
    EXPECT_EQ(events->at(2).newValue, QStringLiteral("cultivating"));
    EXPECT_EQ(pipeline.get(nomination->id)->status, NominationStatus::Cultivating);
}

TEST_F(EngagementTest, SkippingCultivatingIsRefusedAndNothingWritten)
{
    auto nomination = temp.services().nominations().nominate(advocate.id, QStringLiteral("Promoter at the QBR"));
    ASSERT_TRUE(temp.services().nominations().move(nomination->id, NominationStatus::InReview).ok());
    const QString before = temp.snapshot();
    Status skipped = temp.services().nominations().move(nomination->id, NominationStatus::Invited);
    ASSERT_FALSE(skipped.ok());
    EXPECT_EQ(skipped.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(skipped.error().message.contains(QStringLiteral("Cultivating")));
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(EngagementTest, EnrollingNeedsCurrentReferenceConsent)
{
    auto nomination = temp.services().nominations().nominate(advocate.id, QStringLiteral("Promoter at the QBR"));
    auto &pipeline = temp.services().nominations();
    for (NominationStatus step : {NominationStatus::InReview, NominationStatus::Cultivating, NominationStatus::Invited})
        ASSERT_TRUE(pipeline.move(nomination->id, step).ok());
    const QString before = temp.snapshot();
    Status refused = pipeline.move(nomination->id, NominationStatus::Enrolled);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("consent")));
    EXPECT_EQ(temp.snapshot(), before);
    ASSERT_TRUE(temp.services().advocates().grantConsent(advocate.id, ConsentAsset::Reference, QDate(2026, 6, 1)).ok());
    EXPECT_TRUE(pipeline.move(nomination->id, NominationStatus::Enrolled).ok());
}

TEST_F(EngagementTest, NominatingTwiceIsRefusedButADeclinedAdvocateCanReturn)
{
    auto first = temp.services().nominations().nominate(advocate.id, QStringLiteral("First"));
    ASSERT_TRUE(first.ok());
    const QString before = temp.snapshot();
    auto again = temp.services().nominations().nominate(advocate.id, QStringLiteral("Again"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Duplicate);
    EXPECT_EQ(temp.snapshot(), before);

    ASSERT_TRUE(temp.services().nominations().move(first->id, NominationStatus::Declined, QStringLiteral("Busy")).ok());
    auto back = temp.services().nominations().nominate(advocate.id, QStringLiteral("New champion role"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->id, first->id);
    EXPECT_EQ(back->status, NominationStatus::Nominated);
    EXPECT_EQ(back->evidence, QStringLiteral("New champion role"));
}

TEST_F(EngagementTest, NominatingWithoutEvidenceIsRefused)
{
    const QString before = temp.snapshot();
    auto nomination = temp.services().nominations().nominate(advocate.id, QStringLiteral("   "));
    ASSERT_FALSE(nomination.ok());
    EXPECT_EQ(nomination.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(nomination.error().field, QStringLiteral("evidence"));
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(EngagementTest, NominatingAnUnknownAdvocateIsRefused)
{
    const QString before = temp.snapshot();
    EXPECT_EQ(temp.services().nominations().nominate(QStringLiteral("x"), QString()).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST(StatsService, CountsEveryEntity)
{
    test::TempDatabase temp;
    Account account = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("a@b.example"), account.id);
    auto counts = temp.services().stats().counts();
    ASSERT_TRUE(counts.ok());
    QHash<QString, qint64> byKey;
    for (const auto &[key, count] : *counts)
        byKey.insert(key, count);
    EXPECT_EQ(byKey.value(QStringLiteral("accounts")), 1);
    EXPECT_EQ(byKey.value(QStringLiteral("advocates")), 1);
    EXPECT_EQ(byKey.value(QStringLiteral("activity_types")), 15);
    EXPECT_TRUE(byKey.contains(QStringLiteral("contributions")));
    EXPECT_TRUE(byKey.contains(QStringLiteral("touches")));
}
