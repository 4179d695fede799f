// Follow-up debt around the pinned 2026-06-15, every due date hand-computed.
#include "ProgrammeFixture.h"

#include "demo/DemoGenerator.h"
#include "services/FollowUpCounter.h"

using namespace ad;

namespace {

QStringList summary(const QList<FollowUpItem> &items)
{
    QStringList lines;
    for (const FollowUpItem &item : items)
        lines << item.dueOn.toString(Qt::ISODate) + QLatin1Char(' ') + keyOf(item.kind) + QLatin1Char(' ') +
                     (item.advocateEmail.isEmpty() ? item.csm : item.advocateEmail);
    return lines;
}

// The follow-up list of `csm` tallied by kind, every kind present: what the counter must give.
QMap<FollowUpKind, int> tally(Services &services, const QString &csm = {})
{
    QMap<FollowUpKind, int> counts;
    for (FollowUpKind kind : allFollowUpKinds())
        counts.insert(kind, 0);
    auto items = services.followUps().due(csm);
    EXPECT_TRUE(items.ok());
    for (const FollowUpItem &item : items.ok() ? *items : QList<FollowUpItem>{})
        ++counts[item.kind];
    return counts;
}

// The counter for the CSM named `csm` (everyone when empty).
QMap<FollowUpKind, int> counted(Services &services, const QString &csm = {})
{
    QString ownerId;
    if (!csm.isEmpty()) {
        auto user = services.users().findByName(csm);
        EXPECT_TRUE(user.ok() && user->has_value()) << csm.toStdString();
        ownerId = user.ok() && user->has_value() ? (*user)->id : QStringLiteral("nobody");
    }
    auto counts = FollowUpCounter(services.context(), services.rules()).count(ownerId);
    EXPECT_TRUE(counts.ok()) << counts.error().message.toStdString();
    return counts.ok() ? *counts : QMap<FollowUpKind, int>{};
}

} // namespace

class FollowUpTest : public test::ProgrammeFixture
{
protected:
    void SetUp() override
    {
        aisha = services().users().create(QStringLiteral("Aisha"), UserRole::Csm)->id;
        ben = services().users().create(QStringLiteral("Ben"), UserRole::Csm)->id;
        Account acme = account(QStringLiteral("Acme"));
        mei = enrolled(QStringLiteral("mei@acme.example"), acme.id);
        raj = enrolled(QStringLiteral("raj@acme.example"), acme.id);
        own(mei, aisha, QDate(2025, 6, 14)); // one day past 12 months: stale
        own(raj, ben, QDate(2025, 6, 15));   // exactly 12 months: not yet

        // mei: an unthanked reference call, a thanked case study without its final version,
        // a logo consent from last year, and asks answered by a touch.
        contribution(mei, QStringLiteral("Reference call"), QDate(2026, 6, 10));
        thank(contribution(mei, QStringLiteral("Case study"), QDate(2026, 6, 1)));
        ASSERT_TRUE(services().advocates().grantConsent(mei.id, ConsentAsset::Logo, QDate(2025, 6, 1)).ok());
        pastAsk(mei, QStringLiteral("Reference call"), 20);
        Touch touch;
        touch.advocateId = mei.id;
        touch.occurredOn = QDate(2026, 6, 10);
        ASSERT_TRUE(services().engagement().logTouch(touch).ok());

        // raj: testimonials with artifacts, thanked; one unused past 60 days; asked without a touch.
        thank(artifact(raj, QDate(2026, 4, 1)));  // unused from 2026-05-31
        thank(artifact(raj, QDate(2026, 4, 20))); // 2026-06-19: not yet
        pastAsk(raj, QStringLiteral("Webinar"), 10);
    }

    void own(Advocate &advocate, const QString &csmId, const QDate &verified)
    {
        advocate.ownerId = csmId;
        advocate.lastVerified = verified;
        ASSERT_TRUE(services().advocates().update(advocate).ok());
    }

    Participation artifact(const Advocate &advocate, const QDate &on)
    {
        Participation input;
        input.advocateId = advocate.id;
        input.activityTypeId = activity(QStringLiteral("Written testimonial"));
        input.occurredOn = on;
        input.artifactLink = QStringLiteral("https://example.com/quote");
        auto created = services().engagement().recordContribution(input);
        EXPECT_TRUE(created.ok());
        return created.ok() ? *created : Participation{};
    }

    void thank(const Participation &participation)
    {
        Appreciation thanks;
        thanks.advocateId = participation.advocateId;
        thanks.participationId = participation.id;
        thanks.occurredOn = participation.occurredOn;
        ASSERT_TRUE(services().engagement().recordAppreciation(thanks).ok());
    }

    QString aisha;
    QString ben;
    Advocate mei;
    Advocate raj;
};

TEST_F(FollowUpTest, EveryKindWithItsDueDateSoonestFirst)
{
    auto items = services().followUps().due();
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    EXPECT_EQ(summary(*items), (QStringList{
                                   QStringLiteral("2026-05-31 unused_contribution raj@acme.example"),
                                   QStringLiteral("2026-06-01 stale_consent mei@acme.example"),
                                   QStringLiteral("2026-06-14 stale_profile mei@acme.example"),
                                   QStringLiteral("2026-06-15 final_version mei@acme.example"),
                                   QStringLiteral("2026-06-15 one_way raj@acme.example"),
                                   QStringLiteral("2026-06-17 thank_you mei@acme.example"),
                               }));
    EXPECT_EQ(items->at(0).csm, QStringLiteral("Ben"));
    EXPECT_EQ(items->at(0).action,
              QStringLiteral("Publish or use the Written testimonial of 2026-04-01, unused for 75 days."));
    EXPECT_EQ(items->at(4).action,
              QStringLiteral("Check in with raj: asked 1 times in the last 90 days (last on "
                             "2026-06-05) without a single touch."));
    EXPECT_EQ(items->at(5).action, QStringLiteral("Thank mei for the Reference call on 2026-06-10."));
}

TEST_F(FollowUpTest, FilteredByCsm)
{
    auto bens = services().followUps().due(QStringLiteral("Ben"));
    ASSERT_TRUE(bens.ok());
    EXPECT_EQ(summary(*bens), (QStringList{QStringLiteral("2026-05-31 unused_contribution raj@acme.example"),
                                           QStringLiteral("2026-06-15 one_way raj@acme.example")}));
    auto nobody = services().followUps().due(QStringLiteral("Zed"));
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().kind, ErrorKind::NotFound);
}

TEST_F(FollowUpTest, DebtIsPaidByThanksSharingPublishingAndTouching)
{
    const auto meis = services().engagement().contributions(mei.id);
    const auto rajs = services().engagement().contributions(raj.id);
    ASSERT_TRUE(meis.ok() && rajs.ok());
    for (const Participation &p : *meis) {
        thank(p);
        ASSERT_TRUE(services().engagement().markFinalVersionShared(p.id, today()).ok());
    }
    for (const Participation &p : *rajs)
        ASSERT_TRUE(services().engagement().markPublished(p.id, today()).ok());
    Touch touch;
    touch.advocateId = raj.id;
    ASSERT_TRUE(services().engagement().logTouch(touch).ok());
    ASSERT_TRUE(services().advocates().grantConsent(mei.id, ConsentAsset::Logo, today()).ok());
    own(mei, aisha, today());
    auto items = services().followUps().due();
    ASSERT_TRUE(items.ok());
    EXPECT_TRUE(items->isEmpty()) << summary(*items).join(QLatin1Char('\n')).toStdString();
}

TEST_F(FollowUpTest, CapacityWarningAboveTheTunableLimit)
{
    services().rules().csmCapacity = 1;
    auto items = services().followUps().due(QStringLiteral("Aisha"));
    ASSERT_TRUE(items.ok());
    EXPECT_FALSE(
        summary(*items).contains(QStringLiteral("2026-06-15 csm_capacity Aisha"))); // 1 is not more than 1
    Advocate lee = enrolled(QStringLiteral("lee@acme.example"), mei.accountId);
    own(lee, aisha, today());
    items = services().followUps().due(QStringLiteral("Aisha"));
    ASSERT_TRUE(items.ok());
    EXPECT_TRUE(summary(*items).contains(QStringLiteral("2026-06-15 csm_capacity Aisha")));
    services().rules().csmCapacity = 150;
    EXPECT_FALSE(summary(*services().followUps().due())
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("csm_capacity")));
}

TEST_F(FollowUpTest, CountsAreTheListCountedForEveryCsm)
{
    EXPECT_EQ(counted(services()), tally(services()));
    EXPECT_EQ(counted(services()).value(FollowUpKind::UnusedContribution), 1);
    for (const QString &csm : {QStringLiteral("Aisha"), QStringLiteral("Ben")})
        EXPECT_EQ(counted(services(), csm), tally(services(), csm)) << csm.toStdString();
    services().rules().csmCapacity = 1; // each CSM holds one: not more than one
    EXPECT_EQ(counted(services()), tally(services()));
}

TEST_F(FollowUpTest, CountsFollowTheListAcrossDatesThanksAndCapacity)
{
    // Contributions dated after today owe nothing yet, thanked or not; a thank-you
    // for a case study leaves its final version owed; a second thank-you of the
    // same contribution is not a second debt paid. A re-confirmed consent is fresh.
    thank(contribution(raj, QStringLiteral("Case study"), today().addDays(3)));
    contribution(raj, QStringLiteral("Reference call"), today().addDays(1));
    const Participation caseStudy = contribution(mei, QStringLiteral("Case study"), daysAgo(30));
    thank(caseStudy);
    thank(caseStudy);
    Appreciation gift;
    gift.advocateId = mei.id;
    gift.kind = AppreciationKind::Gift;
    ASSERT_TRUE(services().engagement().recordAppreciation(gift).ok()); // for no contribution
    ASSERT_TRUE(services().advocates().grantConsent(mei.id, ConsentAsset::Logo, daysAgo(10)).ok());
    ASSERT_TRUE(services().advocates().grantConsent(raj.id, ConsentAsset::Quote, QDate(2025, 1, 1)).ok());
    artifact(mei, daysAgo(100)); // unused, next to raj's of 75 days; his of 56 days is not yet
    services().rules().csmCapacity = 0;
    EXPECT_EQ(counted(services()), tally(services()));
    EXPECT_EQ(counted(services()).value(FollowUpKind::StaleConsent), 1);
    EXPECT_EQ(counted(services()).value(FollowUpKind::UnusedContribution), 2);
    EXPECT_EQ(counted(services()).value(FollowUpKind::CsmCapacity), 2);
    for (const QString &csm : {QStringLiteral("Aisha"), QStringLiteral("Ben")})
        EXPECT_EQ(counted(services(), csm), tally(services(), csm)) << csm.toStdString();
}

// A generated programme: every kind of debt at volume, for the whole team and per CSM.
TEST(FollowUpDemoTest, CountsAreTheListCounted)
{
    test::TempDatabase temp;
    ASSERT_TRUE(DemoGenerator(temp.db(), temp.clock()).generate({400, 7}).ok());
    const QMap<FollowUpKind, int> all = tally(temp.services());
    EXPECT_EQ(counted(temp.services()), all);
    int kindsDue = 0;
    for (int count : all)
        kindsDue += count > 0 ? 1 : 0;
    EXPECT_GE(kindsDue, 4); // a comparison of mostly zeros would prove little
    auto users = temp.services().users().list();
    ASSERT_TRUE(users.ok());
    int compared = 0;
    for (const User &user : *users) {
        if (user.role != UserRole::Csm || compared == 3)
            continue;
        EXPECT_EQ(counted(temp.services(), user.name), tally(temp.services(), user.name))
            << user.name.toStdString();
        ++compared;
    }
    EXPECT_EQ(compared, 3);
}

namespace {

// My Day's digest is the head of the full list, exactly, and its whole size.
TEST(FollowUpDemoTest, TheDigestIsTheListsHeadAndItsSize)
{
    test::TempDatabase temp;
    ASSERT_TRUE(DemoGenerator(temp.db(), temp.clock()).generate({400, 7}).ok());
    auto users = temp.services().users().list();
    ASSERT_TRUE(users.ok());
    QStringList whose{QString()};
    for (const User &user : *users)
        if (user.role == UserRole::Csm && whose.size() < 3)
            whose << user.name;
    for (const QString &csm : std::as_const(whose)) {
        auto all = temp.services().followUps().due(csm);
        ASSERT_TRUE(all.ok());
        for (int limit : {0, 1, 25, 200, int(all->size()) + 10}) {
            auto digest = temp.services().followUps().digest(csm, limit);
            ASSERT_TRUE(digest.ok()) << digest.error().message.toStdString();
            EXPECT_EQ(digest->total, all->size()) << csm.toStdString();
            EXPECT_EQ(summary(digest->soonest), summary(all->mid(0, limit)))
                << csm.toStdString() << " first " << limit;
        }
    }
    EXPECT_FALSE(temp.services().followUps().digest(QStringLiteral("Nobody at all"), 10).ok());
}

} // namespace
