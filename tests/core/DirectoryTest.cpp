#include "TempDatabase.h"

#include <gtest/gtest.h>

using namespace ad;

class DirectoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Account acme = temp.makeAccount(QStringLiteral("Acme"));
        Account zen = temp.makeAccount(QStringLiteral("Zenith"));
        add(QStringLiteral("Charlie"), acme.id, Tier::Gold, 2, 5);
        add(QStringLiteral("alice"), zen.id, Tier::Community, 4, 0);
        add(QStringLiteral("Bob"), acme.id, Tier::Vip, 1, 3);
        ASSERT_TRUE(temp.services().nps().record({{}, ids[QStringLiteral("Bob")], 3, {}, QDate(2026, 1, 1), {}}).ok());
        ASSERT_TRUE(temp.services().nps().record({{}, ids[QStringLiteral("Bob")], 10, {}, QDate(2026, 5, 1), {}}).ok());
        ASSERT_TRUE(temp.services().nps().record({{}, ids[QStringLiteral("Charlie")], 6, {}, QDate(2026, 4, 1), {}}).ok());
    }

    void add(const QString &name, const QString &accountId, Tier tier, int stage, int allSignals)
    {
        Advocate input;
        input.name = name;
        input.email = name.toLower() + QStringLiteral("@x.example");
        input.accountId = accountId;
        input.tier = tier;
        input.journeyStage = stage;
        input.signalValues.values.fill(allSignals);
        auto created = temp.services().advocates().create(input);
        ASSERT_TRUE(created.ok());
        ids.insert(name, created->id);
    }

    QStringList names(const DirectoryQuery &query, int offset = 0, int limit = 50)
    {
        QStringList list;
        auto rows = temp.services().directory().page(query, offset, limit);
        EXPECT_TRUE(rows.ok());
        for (const AdvocateRow &row : *rows)
            list << row.name;
        return list;
    }

    test::TempDatabase temp;
    QHash<QString, QString> ids;
};

TEST_F(DirectoryTest, SortsByNameIgnoringCaseBothWays)
{
    DirectoryQuery query;
    EXPECT_EQ(names(query), (QStringList{QStringLiteral("alice"), QStringLiteral("Bob"), QStringLiteral("Charlie")}));
    query.descending = true;
    EXPECT_EQ(names(query), (QStringList{QStringLiteral("Charlie"), QStringLiteral("Bob"), QStringLiteral("alice")}));
}

TEST_F(DirectoryTest, SortsByTierInTierOrderNotAlphabetically)
{
    DirectoryQuery query;
    query.sortKey = DirectoryQuery::SortKey::Tier;
    EXPECT_EQ(names(query), (QStringList{QStringLiteral("alice"), QStringLiteral("Charlie"), QStringLiteral("Bob")}));
}

TEST_F(DirectoryTest, LatestNpsAndReadinessAreComputed)
{
    DirectoryQuery query;
    query.sortKey = DirectoryQuery::SortKey::LatestNps;
    query.descending = true;
    auto rows = temp.services().directory().page(query, 0, 10);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(0).name, QStringLiteral("Bob"));
    EXPECT_EQ(rows->at(0).latestNps, 10);
    EXPECT_EQ(rows->at(0).readiness, 60); // every signal 3 of 5
    EXPECT_EQ(rows->at(1).latestNps, 6);
    EXPECT_FALSE(rows->at(2).latestNps.has_value());
    EXPECT_EQ(rows->at(2).readiness, 0);
}

TEST_F(DirectoryTest, PagesAndCountsWithAndWithoutSearch)
{
    DirectoryQuery query;
    EXPECT_EQ(*temp.services().directory().count(query), 3);
    EXPECT_EQ(names(query, 1, 1), QStringList{QStringLiteral("Bob")});
    query.text = QStringLiteral("acm");
    EXPECT_EQ(*temp.services().directory().count(query), 2);
    EXPECT_EQ(names(query), (QStringList{QStringLiteral("Bob"), QStringLiteral("Charlie")}));
    query.text = QStringLiteral("\"(");
    EXPECT_EQ(*temp.services().directory().count(query), 0);
}
