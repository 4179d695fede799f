// AccountBatch stores accounts exactly as AccountService::create() does, many rows
// per statement.
#include "TempDatabase.h"

#include "services/AccountBatch.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/StampCache.h"

#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace ad;

namespace {

// The stored row of an account without what differs between any two of them.
QVariantHash storedRow(Database &db, const QString &name)
{
    SqlQuery query(db, QStringLiteral("SELECT * FROM accounts WHERE name = ?"));
    query.bind(name);
    EXPECT_TRUE(query.exec().ok());
    QVariantHash row;
    if (!query.next()) {
        ADD_FAILURE() << "no account " << name.toStdString();
        return row;
    }
    const QSqlRecord record = query.raw().record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    row.remove(QStringLiteral("id"));
    row.remove(QStringLiteral("rowid")); // PostgreSQL's stand-in for SQLite's hidden rowid
    row.remove(QStringLiteral("name"));
    return row;
}

Account described(const QString &name, const QString &ownerId)
{
    Account a;
    a.name = name + QStringLiteral("  ");
    a.industry = QStringLiteral("Logistics");
    a.segment = Segment::Enterprise;
    a.region = QStringLiteral("APAC");
    a.country = QStringLiteral("Malaysia");
    a.products = {QStringLiteral("Desk"), QStringLiteral("Boards")};
    a.arr = 120000;
    a.customerSince = QDate(2021, 3, 1);
    a.renewalDate = QDate(2026, 12, 31);
    a.health = Health::AtRisk;
    a.openEscalation = true;
    a.ownerId = ownerId;
    a.externalCrmId = QStringLiteral("001X");
    return a;
}

} // namespace

TEST(AccountBatchTest, StoresEachAccountExactlyAsCreateDoes)
{
    test::TempDatabase temp;
    Result<User> owner = temp.services().users().create(QStringLiteral("Aisyah"), UserRole::Csm);
    ASSERT_TRUE(owner.ok());
    ASSERT_TRUE(temp.services().accounts().create(described(QStringLiteral("One"), owner->id)).ok());
    Account bare;
    bare.name = QStringLiteral("Two");
    ASSERT_TRUE(temp.services().accounts().create(bare).ok());

    WriteTransaction transaction(temp.db());
    AccountBatch batch(temp.services().context());
    Result<QString> three = batch.add(described(QStringLiteral("Three"), owner->id));
    bare.name = QStringLiteral("Four");
    ASSERT_TRUE(three.ok() && batch.add(bare).ok());
    EXPECT_EQ(batch.pendingRows(), 2);
    ASSERT_TRUE(batch.flush().ok());
    ASSERT_TRUE(transaction.commit().ok());

    EXPECT_EQ(storedRow(temp.db(), QStringLiteral("Three")), storedRow(temp.db(), QStringLiteral("One")));
    EXPECT_EQ(storedRow(temp.db(), QStringLiteral("Four")), storedRow(temp.db(), QStringLiteral("Two")));
    Result<Account> read = temp.services().accounts().get(*three);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->name, QStringLiteral("Three"));
    EXPECT_EQ(read->products, described(QString(), QString()).products);
}

TEST(AccountBatchTest, RefusesWhatCreateRefusesAndTheSchemaAnUnknownOwner)
{
    test::TempDatabase temp;
    AccountBatch batch(temp.services().context());
    Account unnamed;
    EXPECT_EQ(batch.add(unnamed).error().field, QStringLiteral("name"));
    Account negative;
    negative.name = QStringLiteral("Negative");
    negative.arr = -1;
    EXPECT_EQ(batch.add(negative).error().field, QStringLiteral("arr"));
    {
        WriteTransaction transaction(temp.db());
        AccountBatch owned(temp.services().context());
        ASSERT_TRUE(owned.add(described(QStringLiteral("Orphan"), QStringLiteral("no-such-user"))).ok());
        EXPECT_FALSE(owned.flush().ok());
    }
    SqlQuery count(temp.db(), QStringLiteral("SELECT count(*) FROM accounts"));
    EXPECT_EQ(scalar(count)->toInt(), 0);
}

TEST(StampCacheTest, FormatsTheTimeAgainOnlyWhenTheClockMoves)
{
    FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
    StampCache stamps(clock);
    const QString first = stamps.now();
    EXPECT_EQ(first, QStringLiteral("2026-06-15T12:00:00.000Z"));
    EXPECT_EQ(stamps.now().constData(), first.constData()); // the same text, not formatted anew
    clock.advanceSeconds(1);
    EXPECT_EQ(stamps.now(), QStringLiteral("2026-06-15T12:00:01.000Z"));
}
