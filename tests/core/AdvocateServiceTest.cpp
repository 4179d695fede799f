// Runs on SQLite and on PostgreSQL (tests/support/Backends.h).
#include "Backends.h"
#include "TempDatabase.h"

#include <gtest/gtest.h>

using namespace ad;

class AdvocateServiceTest : public test::BackendTest
{
protected:
    Account account;

    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        account = temp().makeAccount();
    }

    Advocate valid(const QString &email = QStringLiteral("mei.ling@acme.example"))
    {
        Advocate advocate;
        advocate.name = QStringLiteral("Tan Mei Ling");
        advocate.email = email;
        advocate.accountId = account.id;
        return advocate;
    }
};

TEST_P(AdvocateServiceTest, CreateStoresEveryFieldWithIdAndTimestamps)
{
    Advocate input = valid();
    input.title = QStringLiteral("CTO");
    input.journeyStage = 3;
    input.signalValues[Signal::Willingness] = 4;
    input.doNotAskUntil = QDate(2026, 9, 1);
    auto created = temp().services().advocates().create(input);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(created->id.size(), 36);
    auto loaded = temp().services().advocates().get(created->id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->name, QStringLiteral("Tan Mei Ling"));
    EXPECT_EQ(loaded->title, QStringLiteral("CTO"));
    EXPECT_EQ(loaded->journeyStage, 3);
    EXPECT_EQ(loaded->signalValues[Signal::Willingness], 4);
    EXPECT_EQ(loaded->doNotAskUntil, QDate(2026, 9, 1));
    EXPECT_EQ(loaded->createdAt, test::TempDatabase::pinnedNow());
    EXPECT_EQ(loaded->updatedAt, test::TempDatabase::pinnedNow());
}

TEST_P(AdvocateServiceTest, DuplicateEmailIgnoringCaseIsRefusedAndNothingWritten)
{
    ASSERT_TRUE(temp().services().advocates().create(valid()).ok());
    const QString before = temp().snapshot();
    auto duplicate = temp().services().advocates().create(valid(QStringLiteral("  MEI.Ling@ACME.example ")));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, ErrorKind::Duplicate);
    EXPECT_EQ(duplicate.error().field, QStringLiteral("email"));
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("Tan Mei Ling")));
    EXPECT_EQ(temp().snapshot(), before);
}

TEST_P(AdvocateServiceTest, MalformedEmailsAreRefused)
{
    const QString before = temp().snapshot();
    for (const char *email : {"", "mei", "mei@", "@acme.example", "mei@acme", "mei ling@acme.example",
                              "mei@@acme.example", "mei@acme..example"}) {
        auto created = temp().services().advocates().create(valid(QString::fromLatin1(email)));
        ASSERT_FALSE(created.ok()) << email;
        EXPECT_EQ(created.error().kind, ErrorKind::Invalid) << email;
        EXPECT_EQ(created.error().field, QStringLiteral("email")) << email;
    }
    EXPECT_EQ(temp().snapshot(), before);
}

TEST_P(AdvocateServiceTest, UnknownAccountIsRefusedAndNothingWritten)
{
    const QString before = temp().snapshot();
    Advocate input = valid();
    input.accountId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    auto created = temp().services().advocates().create(input);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(created.error().field, QStringLiteral("account"));
    EXPECT_EQ(temp().snapshot(), before);
}

TEST_P(AdvocateServiceTest, MissingNameAndOutOfRangeValuesAreRefused)
{
    const QString before = temp().snapshot();
    Advocate noName = valid();
    noName.name = QStringLiteral("   ");
    EXPECT_EQ(temp().services().advocates().create(noName).error().field, QStringLiteral("name"));
    Advocate badStage = valid();
    badStage.journeyStage = 6;
    EXPECT_EQ(temp().services().advocates().create(badStage).error().field, QStringLiteral("journey_stage"));
    Advocate badSignal = valid();
    badSignal.signalValues[Signal::Outcomes] = 9;
    EXPECT_EQ(temp().services().advocates().create(badSignal).error().field, QStringLiteral("signals"));
    EXPECT_EQ(temp().snapshot(), before);
}

TEST_P(AdvocateServiceTest, UpdateAuditsStageAndTierChanges)
{
    auto created = temp().services().advocates().create(valid());
    ASSERT_TRUE(created.ok());
    temp().clock().advanceDays(1);
    Advocate changed = *created;
    changed.journeyStage = 2;
    changed.tier = Tier::Silver;
    ASSERT_TRUE(temp().services().advocates().update(changed, QStringLiteral("Spoke at the user group")).ok());
    auto events = temp().services().audit().forAdvocate(created->id);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 2);
    EXPECT_EQ(events->at(0).field, QStringLiteral("journey_stage"));
    EXPECT_EQ(events->at(0).oldValue, QStringLiteral("1"));
    EXPECT_EQ(events->at(0).newValue, QStringLiteral("2"));
    EXPECT_EQ(events->at(0).reason, QStringLiteral("Spoke at the user group"));
    EXPECT_EQ(events->at(0).actor, QStringLiteral("tester"));
    EXPECT_EQ(events->at(1).field, QStringLiteral("tier"));
    EXPECT_EQ(events->at(1).newValue, QStringLiteral("silver"));
    EXPECT_EQ(temp().services().advocates().get(created->id)->updatedAt, temp().clock().now());
}

TEST_P(AdvocateServiceTest, UpdateToAnotherAdvocatesEmailIsRefused)
{
    ASSERT_TRUE(temp().services().advocates().create(valid()).ok());
    auto second = temp().services().advocates().create(valid(QStringLiteral("farid@acme.example")));
    ASSERT_TRUE(second.ok());
    const QString before = temp().snapshot();
    Advocate changed = *second;
    changed.email = QStringLiteral("Mei.Ling@acme.example");
    Status status = temp().services().advocates().update(changed);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::Duplicate);
    EXPECT_EQ(temp().snapshot(), before);
}

TEST_P(AdvocateServiceTest, FindByEmailIgnoresCase)
{
    ASSERT_TRUE(temp().services().advocates().create(valid()).ok());
    auto found = temp().services().advocates().findByEmail(QStringLiteral("MEI.LING@acme.EXAMPLE"));
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->name, QStringLiteral("Tan Mei Ling"));
}

TEST_P(AdvocateServiceTest, EmailInUseAndEmailKeysCompareCaseFoldedEmails)
{
    ASSERT_TRUE(temp().services().advocates().create(valid(QStringLiteral("Mei.Ling@Acme.example"))).ok());
    ASSERT_TRUE(temp().services().advocates().create(valid(QStringLiteral("hafiz@acme.example"))).ok());
    EXPECT_TRUE(*temp().services().advocates().emailInUse(QStringLiteral(" MEI.LING@acme.EXAMPLE")));
    EXPECT_FALSE(*temp().services().advocates().emailInUse(QStringLiteral("siti@acme.example")));
    const auto keys = temp().services().advocates().emailKeys(2);
    ASSERT_TRUE(keys.ok() && keys->has_value());
    EXPECT_EQ(**keys,
              (QSet<QString>{QStringLiteral("mei.ling@acme.example"), QStringLiteral("hafiz@acme.example")}));
    const auto tooMany = temp().services().advocates().emailKeys(1);
    ASSERT_TRUE(tooMany.ok());
    EXPECT_FALSE(tooMany->has_value());
}

TEST_P(AdvocateServiceTest, ConsentIsCurrentUntilItExpiresOrIsRevoked)
{
    auto advocate = temp().services().advocates().create(valid());
    ASSERT_TRUE(advocate.ok());
    auto consent = temp().services().advocates().grantConsent(advocate->id, ConsentAsset::Reference, QDate(2026, 1, 1),
                                                            QDate(2026, 12, 31));
    ASSERT_TRUE(consent.ok());
    auto &service = temp().services().advocates();
    EXPECT_TRUE(*service.hasCurrentConsent(advocate->id, ConsentAsset::Reference, QDate(2026, 12, 31)));
    EXPECT_FALSE(*service.hasCurrentConsent(advocate->id, ConsentAsset::Reference, QDate(2027, 1, 1)));
    EXPECT_FALSE(*service.hasCurrentConsent(advocate->id, ConsentAsset::Logo, QDate(2026, 6, 1)));
    ASSERT_TRUE(service.revokeConsent(consent->id, QDate(2026, 6, 1), QStringLiteral("Left the company")).ok());
    EXPECT_FALSE(*service.hasCurrentConsent(advocate->id, ConsentAsset::Reference, QDate(2026, 6, 2)));
    auto events = temp().services().audit().forAdvocate(advocate->id);
    ASSERT_EQ(events->size(), 2);
    EXPECT_EQ(events->at(1).newValue, QStringLiteral("revoked"));
}

TEST_P(AdvocateServiceTest, ConsentExpiringBeforeItIsGivenIsRefused)
{
    auto advocate = temp().services().advocates().create(valid());
    const QString before = temp().snapshot();
    auto consent = temp().services().advocates().grantConsent(advocate->id, ConsentAsset::Quote, QDate(2026, 5, 1),
                                                            QDate(2026, 4, 1));
    ASSERT_FALSE(consent.ok());
    EXPECT_EQ(temp().snapshot(), before);
}

TEST_P(AdvocateServiceTest, RemoveDeletesTheAdvocateAndTheirRows)
{
    auto advocate = temp().services().advocates().create(valid());
    ASSERT_TRUE(temp().services().advocates().addNote(advocate->id, QStringLiteral("Prefers email")).ok());
    ASSERT_TRUE(temp().services().nps().record({{}, advocate->id, 9, {}, {}, {}}).ok());
    ASSERT_TRUE(temp().services().advocates().remove(advocate->id).ok());
    EXPECT_EQ(temp().services().advocates().get(advocate->id).error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(temp().services().nps().history(advocate->id)->isEmpty());
    EXPECT_TRUE(temp().services().advocates().notes(advocate->id)->isEmpty());
}

class AccountServiceTest : public test::BackendTest
{
};

TEST_P(AccountServiceTest, CreateValidatesNameAndArr)
{
    const QString before = temp().snapshot();
    Account noName;
    auto refused = temp().services().accounts().create(noName);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("name"));
    Account negative;
    negative.name = QStringLiteral("Lotus Health");
    negative.arr = -5;
    EXPECT_EQ(temp().services().accounts().create(negative).error().field, QStringLiteral("arr"));
    EXPECT_EQ(temp().snapshot(), before);

    Account good;
    good.name = QStringLiteral("Lotus Health");
    good.products = {QStringLiteral("Core Platform"), QStringLiteral("Analytics")};
    good.renewalDate = QDate(2026, 7, 1);
    auto created = temp().services().accounts().create(good);
    ASSERT_TRUE(created.ok());
    auto loaded = temp().services().accounts().get(created->id);
    EXPECT_EQ(loaded->products, good.products);
    EXPECT_EQ(loaded->renewalDate, QDate(2026, 7, 1));
    auto found = temp().services().accounts().findByName(QStringLiteral("lotus health"));
    ASSERT_TRUE(found.ok() && found->has_value());
}

// Search is SQLite's FTS5 until SearchIndex brings PostgreSQL's (docs/storage-seam.md).
TEST(AccountService, RenamingAnAccountUpdatesItsAdvocatesSearchEntries)
{
    test::TempDatabase temp;
    Account account = temp.makeAccount(QStringLiteral("Harbourline Logistics"));
    temp.makeAdvocate(QStringLiteral("siti@harbourline.example"), account.id, QStringLiteral("Siti Aminah"));
    account.name = QStringLiteral("Kestrel Freight");
    ASSERT_TRUE(temp.services().accounts().update(account).ok());
    EXPECT_EQ(temp.services().search().search(QStringLiteral("kestrel"))->size(), 1);
    EXPECT_TRUE(temp.services().search().search(QStringLiteral("harbourline logistics"))->isEmpty());
}

class UserServiceTest : public test::BackendTest
{
};

TEST_P(UserServiceTest, NamesAreUnique)
{
    ASSERT_TRUE(temp().services().users().create(QStringLiteral("Aisha Rahman"), UserRole::Csm).ok());
    auto again = temp().services().users().create(QStringLiteral("Aisha Rahman"), UserRole::Admin);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Duplicate);
    auto found = temp().services().users().findOrCreate(QStringLiteral("Aisha Rahman"), UserRole::Admin);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->role, UserRole::Csm);
}

AD_INSTANTIATE_BACKENDS(AdvocateServiceTest);
AD_INSTANTIATE_BACKENDS(AccountServiceTest);
AD_INSTANTIATE_BACKENDS(UserServiceTest);
