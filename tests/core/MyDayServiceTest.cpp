#include "TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "services/Services.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

QStringList lines(const QList<PendingAsk> &asks)
{
    QStringList out;
    for (const PendingAsk &ask : asks)
        out << ask.askedOn.toString(Qt::ISODate) + QLatin1Char(' ') + ask.advocateName + QLatin1Char(' ') +
                   ask.requestId;
    return out;
}

QStringList lines(const QList<UntouchedAdvocate> &advocates)
{
    QStringList out;
    for (const UntouchedAdvocate &a : advocates)
        out << a.lastTouch.toString(Qt::ISODate) + QLatin1Char(' ') + a.name + QLatin1Char(' ') + a.advocateId;
    return out;
}

QStringList lines(const QList<StuckNomination> &stuck)
{
    QStringList out;
    for (const StuckNomination &s : stuck)
        out << s.since.toString(Qt::ISODate) + QLatin1Char(' ') + s.name + QLatin1Char(' ') + s.nominationId;
    return out;
}

// Each list's head is the whole list's first rows, in the same order, and its
// total the whole list's size: for the whole team and for single CSMs, with
// limits below, at and beyond the list's size (the demo's many same-day rows
// make the tie-breaks count).
template <typename Whole, typename Head> void expectHeadsOfTheWhole(Whole whole, Head head, const char *list)
{
    test::TempDatabase temp;
    ASSERT_TRUE(DemoGenerator(temp.db(), temp.clock()).generate({400, 7}).ok());
    Services &services = temp.services();
    QStringList owners{QString()};
    auto users = services.users().list();
    ASSERT_TRUE(users.ok());
    for (const User &user : *users)
        if (user.role == UserRole::Csm && owners.size() < 3)
            owners << user.id;
    for (const QString &owner : std::as_const(owners)) {
        const auto all = whole(services.myDay(), owner);
        ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
        if (owner.isEmpty()) {
            EXPECT_GT(all->size(), 10) << list << ": the demo should fill more than the smaller limits";
        }
        for (int limit : {0, 1, 3, 7, int(all->size()) - 1, int(all->size()), int(all->size()) + 10}) {
            const auto first = head(services.myDay(), owner, limit);
            ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
            EXPECT_EQ(first->total, all->size()) << list << " owner " << owner.toStdString();
            EXPECT_EQ(lines(first->rows), lines(all->mid(0, limit)))
                << list << " owner " << owner.toStdString() << " first " << limit;
        }
    }
}

TEST(MyDayServiceTest, PendingAsksHeadIsTheListsFirstRowsAndItsSize)
{
    expectHeadsOfTheWhole([](const MyDayService &day, const QString &owner) { return day.pendingAsks(owner); },
                          [](const MyDayService &day, const QString &owner, int limit) {
                              return day.pendingAsks(owner, limit);
                          },
                          "pending asks");
}

TEST(MyDayServiceTest, UntouchedHeadIsTheListsFirstRowsAndItsSize)
{
    expectHeadsOfTheWhole([](const MyDayService &day, const QString &owner) { return day.untouched(owner); },
                          [](const MyDayService &day, const QString &owner, int limit) {
                              return day.untouched(owner, limit);
                          },
                          "untouched");
}

TEST(MyDayServiceTest, StuckNominationsHeadIsTheListsFirstRowsAndItsSize)
{
    expectHeadsOfTheWhole(
        [](const MyDayService &day, const QString &owner) { return day.stuckNominations(owner); },
        [](const MyDayService &day, const QString &owner, int limit) { return day.stuckNominations(owner, limit); },
        "stuck nominations");
}

} // namespace
