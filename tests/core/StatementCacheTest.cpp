// StatementCache: one prepared statement per SQL text while a job runs, never
// shared between two live queries, never holding a read open.
#include "Backends.h"
#include "TempDatabase.h"

#include "storage/SqlQuery.h"
#include "storage/StatementCache.h"

#include <gtest/gtest.h>

#include <optional>

using namespace ad;

namespace {

const QString kAddOne = QStringLiteral("SELECT ? + 1");
const QString kThreeRows =
    QStringLiteral("SELECT value FROM (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) AS three "
                   "ORDER BY value");

qint64 addOne(Database &db, qint64 value)
{
    SqlQuery query(db, kAddOne);
    query.bind(value);
    Result<QVariant> sum = scalar(query);
    EXPECT_TRUE(sum.ok()) << sum.error().message.toStdString();
    return sum.ok() ? sum->toLongLong() : -1;
}

} // namespace

TEST(StatementCacheTest, OneStatementServesEveryQueryWithTheSameSql)
{
    test::TempDatabase temp;
    {
        const StatementCache cache(temp.db());
        EXPECT_TRUE(cache.isInstalled());
        EXPECT_EQ(temp.db().statementCache(), &cache);
        EXPECT_EQ(addOne(temp.db(), 1), 2);
        EXPECT_EQ(addOne(temp.db(), 41), 42); // fresh values on the kept statement
        EXPECT_EQ(cache.size(), 1);
        EXPECT_EQ(cache.reuses(), 1);
    }
    // Gone with its scope: queries prepare their own statements again.
    EXPECT_EQ(temp.db().statementCache(), nullptr);
    EXPECT_EQ(addOne(temp.db(), 2), 3);
}

TEST(StatementCacheTest, TheSameSqlNestedGetsItsOwnStatement)
{
    test::TempDatabase temp;
    const StatementCache cache(temp.db());
    QList<qint64> outerRows;
    SqlQuery outer(temp.db(), kThreeRows);
    ASSERT_TRUE(outer.exec().ok());
    while (outer.next()) {
        outerRows << outer.value(0).toLongLong();
        // While `outer` reads, the same SQL must not hand out its statement.
        SqlQuery inner(temp.db(), kThreeRows);
        ASSERT_TRUE(inner.exec().ok());
        int innerRows = 0;
        while (inner.next())
            ++innerRows;
        EXPECT_EQ(innerRows, 3);
    }
    EXPECT_EQ(outerRows, (QList<qint64>{1, 2, 3}));
}

TEST(StatementCacheTest, AKeptStatementHoldsNoReadOpen)
{
    AD_SQLITE_ONLY("a WAL checkpoint");
    test::TempDatabase temp;
    const StatementCache cache(temp.db());
    {
        // A read of the file (the activity catalogue), left after its first row.
        SqlQuery query(temp.db(), QStringLiteral("SELECT name FROM activity_types ORDER BY name"));
        ASSERT_TRUE(query.exec().ok());
        ASSERT_TRUE(query.next());
        ASSERT_TRUE(query.next());
    }
    ASSERT_EQ(cache.size(), 1);
    // Another program commits and checkpoints the whole log: a read still open on
    // our connection would keep its snapshot and make the checkpoint busy.
    Result<std::unique_ptr<Database>> other = Database::open(temp.path());
    ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
    ASSERT_TRUE(execSql(**other, QStringLiteral("INSERT INTO users (id, name, role, created_at, updated_at) "
                                                "VALUES ('u1', 'Other', 'csm', 'now', 'now')"))
                    .ok());
    SqlQuery checkpoint(**other, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    Result<QVariant> busy = scalar(checkpoint);
    ASSERT_TRUE(busy.ok()) << busy.error().message.toStdString();
    EXPECT_EQ(busy->toInt(), 0);
}

TEST(StatementCacheTest, AStatementThatFailsToPrepareIsNotKept)
{
    test::TempDatabase temp;
    const StatementCache cache(temp.db());
    for (int i = 0; i < 2; ++i) {
        SqlQuery broken(temp.db(), QStringLiteral("SELECT FROM nowhere"));
        EXPECT_FALSE(broken.exec().ok());
    }
    EXPECT_EQ(cache.size(), 0);
}

TEST(StatementCacheTest, AnInnerCacheLeavesTheOuterOneInCharge)
{
    test::TempDatabase temp;
    const StatementCache outer(temp.db());
    {
        const StatementCache inner(temp.db());
        EXPECT_FALSE(inner.isInstalled());
        EXPECT_EQ(addOne(temp.db(), 1), 2);
    }
    EXPECT_EQ(temp.db().statementCache(), &outer);
    EXPECT_EQ(outer.size(), 1);
}

TEST(StatementCacheTest, KeepsAtMostItsLimitOfStatements)
{
    test::TempDatabase temp;
    const StatementCache cache(temp.db());
    for (int i = 0; i < StatementCache::kMaxStatements + 5; ++i) {
        SqlQuery query(temp.db(), QStringLiteral("SELECT %1").arg(i)); // our own literal, not user text
        ASSERT_TRUE(query.exec().ok());
    }
    EXPECT_EQ(cache.size(), StatementCache::kMaxStatements);
}

TEST(StatementCacheTest, AQueryThatOutlivesTheCacheKeepsItsOwnStatement)
{
    test::TempDatabase temp;
    std::optional<SqlQuery> query;
    {
        const StatementCache cache(temp.db());
        query.emplace(temp.db(), kAddOne);
    }
    query->bind(5);
    Result<QVariant> sum = scalar(*query);
    ASSERT_TRUE(sum.ok()) << sum.error().message.toStdString();
    EXPECT_EQ(sum->toInt(), 6);
    query.reset(); // nothing to give back to: the cache is gone
    EXPECT_EQ(temp.db().statementCache(), nullptr);
}
