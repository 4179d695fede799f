// StagedInsert: rows reach the table in the order added, when flushed or when the
// stage is full; the stage leaves nothing behind.
#include "Backends.h"
#include "TempDatabase.h"

#include "storage/SqlQuery.h"
#include "storage/StagedInsert.h"
#include "storage/WriteTransaction.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

const QStringList kUserColumns{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"),
                               QStringLiteral("created_at"), QStringLiteral("updated_at")};

QVariantList user(int i)
{
    return {QStringLiteral("u%1").arg(i), QStringLiteral("User %1").arg(i), QStringLiteral("csm"),
            QStringLiteral("t"), QStringLiteral("t")};
}

qint64 count(Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    Result<QVariant> value = scalar(query);
    return value.ok() ? value->toLongLong() : -1;
}

qint64 users(Database &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM users"));
}

qint64 stages(Database &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = 'table'"));
}

} // namespace

TEST(StagedInsertTest, RowsReachTheTableInOrderWhenFlushedOrWhenTheStageIsFull)
{
    AD_SQLITE_ONLY("the TEMP stage (PostgreSQL inserts from memory)");
    test::TempDatabase temp;
    WriteTransaction transaction(temp.db());
    {
        StagedInsert staged(temp.db(), QStringLiteral("users"), kUserColumns, 3, 7);
        for (int i = 0; i < 6; ++i)
            ASSERT_TRUE(staged.add(user(i)).ok());
        EXPECT_EQ(users(temp.db()), 0); // staged, two statements' worth and nothing more
        EXPECT_EQ(staged.pendingRows(), 6);
        ASSERT_TRUE(staged.add(user(6)).ok());
        EXPECT_EQ(users(temp.db()), 7); // the stage was full
        EXPECT_EQ(staged.pendingRows(), 0);
        for (int i = 7; i < 9; ++i)
            ASSERT_TRUE(staged.add(user(i)).ok());
        ASSERT_TRUE(staged.flush().ok());
        EXPECT_EQ(staged.count(), 9);
        EXPECT_EQ(stages(temp.db()), 1);
    }
    EXPECT_EQ(stages(temp.db()), 0); // dropped with its owner
    ASSERT_TRUE(transaction.commit().ok());
    SqlQuery names(temp.db(), QStringLiteral("SELECT name FROM users ORDER BY rowid"));
    ASSERT_TRUE(names.exec().ok());
    for (int i = 0; i < 9; ++i) {
        ASSERT_TRUE(names.next());
        EXPECT_EQ(names.value(0).toString(), QStringLiteral("User %1").arg(i));
    }
}

TEST(StagedInsertTest, ARefusedMoveNamesTheTableAndARollbackLeavesNothing)
{
    AD_SQLITE_ONLY("the TEMP stage (PostgreSQL inserts from memory)");
    test::TempDatabase temp;
    {
        WriteTransaction transaction(temp.db());
        StagedInsert staged(temp.db(), QStringLiteral("users"), kUserColumns, 4, 100);
        ASSERT_TRUE(staged.add(user(1)).ok());
        ASSERT_TRUE(staged.add(user(1)).ok()); // the same id twice
        const Status flushed = staged.flush();
        ASSERT_FALSE(flushed.ok());
        EXPECT_TRUE(flushed.error().message.startsWith(QStringLiteral("users: ")))
            << flushed.error().message.toStdString();
    }
    EXPECT_EQ(users(temp.db()), 0);
    EXPECT_EQ(stages(temp.db()), 0);
}
