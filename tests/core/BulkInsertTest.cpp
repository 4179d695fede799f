// BulkInsert: whole statements while rows keep coming, one statement for the rest.
#include "TempDatabase.h"

#include "storage/BulkInsert.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

QStringList namesInOrder(Database &db)
{
    SqlQuery query(db, QStringLiteral("SELECT name FROM users ORDER BY rowid"));
    EXPECT_TRUE(query.exec().ok());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

TEST(BulkInsertTest, WholeStatementsFirstThenTheRestInOrder)
{
    test::TempDatabase temp;
    WriteTransaction transaction(temp.db());
    ASSERT_TRUE(transaction.isOpen());
    BulkInsert users(temp.db(), QStringLiteral("users"),
                     {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"),
                      QStringLiteral("created_at"), QStringLiteral("updated_at")},
                     4);
    QStringList expected;
    for (int i = 0; i < 10; ++i) {
        const QString name = QStringLiteral("User %1").arg(i);
        expected << name;
        ASSERT_TRUE(users
                        .add({QStringLiteral("u%1").arg(i), name, QStringLiteral("csm"), QStringLiteral("t"),
                              QStringLiteral("t")})
                        .ok());
    }
    ASSERT_TRUE(users.flush(BulkInsert::Flush::FullBatchesOnly).ok());
    EXPECT_EQ(users.count(), 8);
    EXPECT_EQ(users.pendingRows(), 2);
    EXPECT_EQ(namesInOrder(temp.db()), expected.mid(0, 8));
    ASSERT_TRUE(users.flush().ok());
    EXPECT_EQ(users.count(), 10);
    EXPECT_EQ(users.pendingRows(), 0);
    EXPECT_EQ(namesInOrder(temp.db()), expected);
    ASSERT_TRUE(transaction.commit().ok());
}

TEST(BulkInsertTest, StatementsStayWithinSqlitesLimitOfBoundValues)
{
    test::TempDatabase temp;
    QStringList columns;
    for (int i = 0; i < 26; ++i)
        columns << QStringLiteral("c%1").arg(i);
    const BulkInsert wide(temp.db(), QStringLiteral("t"), columns, 100000);
    EXPECT_LE(wide.rowsPerStatement() * 26, BulkInsert::kMaxValuesPerStatement);
    EXPECT_GT(wide.rowsPerStatement(), 1000);
}

TEST(BulkInsertTest, AFailedStatementReportsTheTable)
{
    test::TempDatabase temp;
    BulkInsert users(temp.db(), QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("name")}, 2);
    ASSERT_TRUE(users.add({QStringLiteral("u1"), QStringLiteral("No Role")}).ok());
    const Status flushed = users.flush(); // role and the stamps are NOT NULL
    ASSERT_FALSE(flushed.ok());
    EXPECT_TRUE(flushed.error().message.startsWith(QStringLiteral("users: ")))
        << flushed.error().message.toStdString();
    EXPECT_EQ(users.pendingRows(), 0);
}
