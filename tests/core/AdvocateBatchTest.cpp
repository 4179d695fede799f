// AdvocateBatch stores advocates exactly as AdvocateService::create() does, many
// rows per statement, in the order they were added.
#include "TempDatabase.h"

#include "services/AdvocateBatch.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace ad;

namespace {

// The stored row of an advocate without what differs between any two of them.
QVariantHash storedRow(Database &db, const QString &email)
{
    SqlQuery query(db, QStringLiteral("SELECT * FROM advocates WHERE email = ?"));
    query.bind(email);
    EXPECT_TRUE(query.exec().ok());
    QVariantHash row;
    if (!query.next()) {
        ADD_FAILURE() << "no advocate " << email.toStdString();
        return row;
    }
    const QSqlRecord record = query.raw().record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    for (const char *column : {"seq", "id", "email", "email_key"})
        row.remove(QString::fromLatin1(column));
    return row;
}

class AdvocateBatchTest : public ::testing::Test
{
protected:
    test::TempDatabase temp;
    Account acme = temp.makeAccount();

    Advocate contact(const QString &email) const
    {
        Advocate a;
        a.accountId = acme.id;
        a.name = QStringLiteral(" Mei Ling Tan ");
        a.title = QStringLiteral("Head of Operations ");
        a.email = email;
        a.phone = QStringLiteral("+60 3 1234");
        a.profileUrl = QStringLiteral("https://example.com/mei");
        a.language = QStringLiteral("ms");
        a.timeZone = QStringLiteral("Asia/Kuala_Lumpur");
        return a;
    }

    Advocate full(const QString &email)
    {
        Advocate a = contact(email);
        a.journeyStage = 3;
        a.tier = Tier::Gold;
        a.signalValues[Signal::Willingness] = 4;
        a.doNotAskUntil = QDate(2026, 9, 1);
        a.nudgeFatigue = true;
        a.successStory = QStringLiteral("Cut onboarding from 6 weeks to 2.");
        a.valueOutcomes = QStringLiteral("USD 120k saved");
        a.ownerId = owner();
        a.lastVerified = QDate(2026, 5, 1);
        return a;
    }

    QString owner()
    {
        if (m_owner.isEmpty()) {
            Result<User> user = temp.services().users().create(QStringLiteral("Aisyah"), UserRole::Csm);
            EXPECT_TRUE(user.ok());
            m_owner = user.ok() ? user->id : QString();
        }
        return m_owner;
    }

    QStringList emailsInOrder()
    {
        SqlQuery query(temp.db(), QStringLiteral("SELECT email FROM advocates ORDER BY seq"));
        EXPECT_TRUE(query.exec().ok());
        QStringList emails;
        while (query.next())
            emails << query.value(0).toString();
        return emails;
    }

private:
    QString m_owner;
};

} // namespace

TEST_F(AdvocateBatchTest, StoresEachAdvocateExactlyAsCreateDoes)
{
    EXPECT_TRUE(AdvocateBatch::holdsOnlyContactFields(contact(QStringLiteral("x@acme.example"))));
    EXPECT_FALSE(AdvocateBatch::holdsOnlyContactFields(full(QStringLiteral("x@acme.example"))));
    ASSERT_TRUE(temp.services().advocates().create(contact(QStringLiteral("one@acme.example"))).ok());
    ASSERT_TRUE(temp.services().advocates().create(full(QStringLiteral("two@acme.example"))).ok());

    WriteTransaction transaction(temp.db());
    AdvocateBatch batch(temp.services().context());
    Result<QString> first = batch.add(contact(QStringLiteral("Three@Acme.example ")));
    Result<QString> second = batch.add(full(QStringLiteral("four@acme.example")));
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(batch.flush().ok());
    ASSERT_TRUE(transaction.commit().ok());

    EXPECT_EQ(storedRow(temp.db(), QStringLiteral("Three@Acme.example")),
              storedRow(temp.db(), QStringLiteral("one@acme.example")));
    EXPECT_EQ(storedRow(temp.db(), QStringLiteral("four@acme.example")),
              storedRow(temp.db(), QStringLiteral("two@acme.example")));
    auto three = temp.services().advocates().findByEmail(QStringLiteral("three@acme.example"));
    ASSERT_TRUE(three.ok() && three->has_value());
    EXPECT_EQ((*three)->id, *first);
    auto found = temp.services().search().search(QStringLiteral("mei"), 10);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->size(), 4); // the search index follows batch rows too
}

TEST_F(AdvocateBatchTest, WritesTheRowsInTheOrderTheyWereAdded)
{
    WriteTransaction transaction(temp.db());
    AdvocateBatch batch(temp.services().context());
    QStringList expected;
    // More than one statement's worth, then rows that go by the other statement
    // (more than contact fields) in between.
    for (int i = 0; i < AdvocateBatch::kRowsPerStatement + 3; ++i) {
        expected << QStringLiteral("p%1@acme.example").arg(i);
        ASSERT_TRUE(batch.add(contact(expected.last())).ok());
    }
    for (const char *email : {"a@acme.example", "b@acme.example", "c@acme.example"}) {
        expected << QString::fromLatin1(email);
        const bool more = expected.last().startsWith(QLatin1Char('b'));
        ASSERT_TRUE((more ? batch.add(full(expected.last())) : batch.add(contact(expected.last()))).ok());
    }
    ASSERT_TRUE(batch.flush().ok());
    ASSERT_TRUE(transaction.commit().ok());
    EXPECT_EQ(emailsInOrder(), expected);
}

TEST_F(AdvocateBatchTest, RefusesWhatCreateRefusesWithoutReadingTheDatabase)
{
    AdvocateBatch batch(temp.services().context());
    Advocate unnamed = contact(QStringLiteral("a@acme.example"));
    unnamed.name = QStringLiteral("  ");
    EXPECT_EQ(batch.add(unnamed).error().field, QStringLiteral("name"));
    EXPECT_EQ(batch.add(contact(QStringLiteral("not-an-email"))).error().field, QStringLiteral("email"));
    Advocate staged = contact(QStringLiteral("b@acme.example"));
    staged.journeyStage = 6;
    EXPECT_EQ(batch.add(staged).error().field, QStringLiteral("journey_stage"));
}

TEST_F(AdvocateBatchTest, TheSchemaStillRefusesAUsedEmailOrAnUnknownAccount)
{
    ASSERT_TRUE(temp.services().advocates().create(contact(QStringLiteral("mei@acme.example"))).ok());
    {
        WriteTransaction transaction(temp.db());
        AdvocateBatch batch(temp.services().context());
        ASSERT_TRUE(batch.add(contact(QStringLiteral("MEI@acme.example"))).ok());
        EXPECT_FALSE(batch.flush().ok());
    }
    {
        WriteTransaction transaction(temp.db());
        AdvocateBatch batch(temp.services().context());
        Advocate lost = contact(QStringLiteral("lost@acme.example"));
        lost.accountId = QStringLiteral("no-such-account");
        ASSERT_TRUE(batch.add(lost).ok());
        EXPECT_FALSE(batch.flush().ok());
    }
    EXPECT_EQ(emailsInOrder(), QStringList{QStringLiteral("mei@acme.example")});
}
