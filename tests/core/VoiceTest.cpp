#include "TempDatabase.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

class VoiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        acme = temp.makeAccount(QStringLiteral("Acme"));
        ada = temp.makeAdvocate(QStringLiteral("ada@acme.example"), acme.id, QStringLiteral("Ada Lim"));
    }

    FeedbackItem review(Sentiment sentiment, const QString &body)
    {
        FeedbackItem item;
        item.source = QStringLiteral("G2");
        item.rating = 4.5;
        item.sentiment = sentiment;
        item.body = body;
        item.receivedOn = QDate(2026, 6, 1);
        item.advocateId = ada.id;
        item.tags = {QStringLiteral("onboarding"), QStringLiteral(" support "), QStringLiteral("Onboarding")};
        return item;
    }

    test::TempDatabase temp;
    Account acme;
    Advocate ada;
};

TEST_F(VoiceTest, FeedbackIsCataloguedAndFoundByFilters)
{
    auto &feedback = temp.services().feedback();
    ASSERT_TRUE(
        feedback.record(review(Sentiment::Positive, QStringLiteral("Onboarding took ten days"))).ok());
    FeedbackItem social = review(Sentiment::Negative, QStringLiteral("Slow export"));
    social.source = QStringLiteral("social");
    social.advocateId.clear();
    social.accountId = acme.id;
    social.rating.reset();
    ASSERT_TRUE(feedback.record(social).ok());

    FeedbackFilter positive;
    positive.sentiment = Sentiment::Positive;
    auto rows = feedback.list(positive);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().advocateName, QStringLiteral("Ada Lim"));
    EXPECT_EQ(rows->first().accountName, QStringLiteral("Acme"));
    EXPECT_EQ(rows->first().item.tags,
              (QStringList{QStringLiteral("onboarding"), QStringLiteral("support")}));

    FeedbackFilter text;
    text.text = QStringLiteral("export");
    ASSERT_EQ(feedback.list(text)->size(), 1);
    FeedbackFilter account;
    account.accountId = acme.id; // direct or through the advocate
    EXPECT_EQ(feedback.list(account)->size(), 2);
    FeedbackFilter wildcard;
    wildcard.text = QStringLiteral("%");
    EXPECT_TRUE(feedback.list(wildcard)->isEmpty());
}

TEST_F(VoiceTest, InvalidFeedbackIsRefusedAndNothingWritten)
{
    const QString before = temp.snapshot();
    auto &feedback = temp.services().feedback();
    FeedbackItem empty = review(Sentiment::Neutral, QStringLiteral("   "));
    EXPECT_EQ(feedback.record(empty).error().field, QStringLiteral("body"));
    FeedbackItem rated = review(Sentiment::Neutral, QStringLiteral("ok"));
    rated.rating = 11;
    EXPECT_EQ(feedback.record(rated).error().field, QStringLiteral("rating"));
    FeedbackItem orphan = review(Sentiment::Neutral, QStringLiteral("ok"));
    orphan.accountId = QStringLiteral("nope");
    EXPECT_EQ(feedback.record(orphan).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(VoiceTest, ReferralsAreLoggedAuditedAndOnTheTimeline)
{
    Referral referral;
    referral.advocateId = ada.id;
    referral.referredCompany = QStringLiteral("Borneo Freight");
    referral.referredContact = QStringLiteral("Siti Rahman");
    auto logged = temp.services().referrals().record(referral);
    ASSERT_TRUE(logged.ok());
    EXPECT_EQ(logged->referredOn, QDate(2026, 6, 15));
    ASSERT_TRUE(temp.services()
                    .referrals()
                    .setStatus(logged->id, ReferralStatus::Won, 40000, QStringLiteral("Signed"))
                    .ok());
    EXPECT_EQ(temp.services().referrals().forAdvocate(ada.id)->first().value, 40000);
    EXPECT_EQ(temp.services().audit().forEntity(logged->id)->first().newValue, QStringLiteral("won"));

    ASSERT_TRUE(temp.services().feedback().record(review(Sentiment::Positive, QStringLiteral("Great"))).ok());
    auto timeline = temp.services().timeline().forAdvocate(ada.id);
    ASSERT_TRUE(timeline.ok());
    QStringList kinds;
    for (const TimelineEntry &entry : *timeline)
        kinds << entry.kind;
    EXPECT_TRUE(kinds.contains(QStringLiteral("referral")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("feedback")));

    Referral blank;
    blank.advocateId = ada.id;
    const QString before = temp.snapshot();
    EXPECT_EQ(temp.services().referrals().record(blank).error().field, QStringLiteral("referred_company"));
    EXPECT_EQ(temp.snapshot(), before);
}

} // namespace
