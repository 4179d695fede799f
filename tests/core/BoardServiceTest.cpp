#include "TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "storage/SqlQuery.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

class BoardServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Account acme = temp.makeAccount(QStringLiteral("Acme"));
        Account zen = temp.makeAccount(QStringLiteral("Zenith"));
        Account update = zen;
        update.industry = QStringLiteral("Healthcare");
        update.arr = 50000;
        ASSERT_TRUE(temp.services().accounts().update(update).ok());
        ada = temp.makeAdvocate(QStringLiteral("ada@acme.example"), acme.id, QStringLiteral("Ada Lim"));
        bo = temp.makeAdvocate(QStringLiteral("bo@zen.example"), zen.id, QStringLiteral("Bo Tan"));
        for (const Advocate &a : {ada, bo})
            ASSERT_TRUE(temp.services().nominations().nominate(a.id, QStringLiteral("Promoter")).ok());
        referenceCall = temp.services().activityTypes().find(QStringLiteral("Reference call"))->value().id;
    }

    BoardCard card(BoardKind kind, const QString &advocateId)
    {
        auto cards = temp.services().boards().cards(kind, {});
        EXPECT_TRUE(cards.ok());
        for (const BoardCard &c : *cards)
            if (c.advocateId == advocateId)
                return c;
        ADD_FAILURE() << "no card";
        return {};
    }

    void ask(const QString &advocateId, const QDate &on)
    {
        static int n = 0;
        const QString request = QStringLiteral("req-%1").arg(++n);
        const QString now = QStringLiteral("2026-06-15T12:00:00.000Z");
        SqlQuery r(
            temp.db(),
            QStringLiteral("INSERT INTO requests (id, activity_type_id, status, opened_on, created_at, "
                           "updated_at) VALUES (?, ?, 'asked', ?, ?, ?)"));
        r.bind(request).bind(referenceCall).bind(on.toString(Qt::ISODate)).bind(now).bind(now);
        ASSERT_TRUE(r.exec().ok());
        SqlQuery a(
            temp.db(),
            QStringLiteral("INSERT INTO asks (id, request_id, advocate_id, activity_type_id, asked_on, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        a.bind(QString(request + QStringLiteral("-ask")))
            .bind(request)
            .bind(advocateId)
            .bind(referenceCall)
            .bind(on.toString(Qt::ISODate))
            .bind(now)
            .bind(now);
        ASSERT_TRUE(a.exec().ok());
    }

    test::TempDatabase temp;
    Advocate ada, bo;
    QString referenceCall;
};

TEST_F(BoardServiceTest, NominationCardsCarryStatusArrAndDaysSince)
{
    const BoardCard c = card(BoardKind::Nomination, ada.id);
    EXPECT_EQ(c.column, int(NominationStatus::Nominated));
    EXPECT_EQ(c.arr, 120000);
    EXPECT_EQ(c.accountName, QStringLiteral("Acme"));
    EXPECT_EQ(c.inColumnSince, QDate(2026, 6, 15));
    EXPECT_FALSE(c.nominationId.isEmpty());
}

TEST_F(BoardServiceTest, AskCapFlagCountsOnlyAsksInsideTheWindow)
{
    ask(ada.id, QDate(2026, 6, 1));
    ask(ada.id, QDate(2026, 2, 1)); // 134 days ago: outside 90 days
    EXPECT_FALSE(card(BoardKind::Nomination, ada.id).askCapReached);
    ask(ada.id, QDate(2026, 4, 1));
    EXPECT_TRUE(card(BoardKind::Nomination, ada.id).askCapReached);
    EXPECT_FALSE(card(BoardKind::Nomination, bo.id).askCapReached);
}

TEST_F(BoardServiceTest, ThankYouDueAfterSevenDaysUntilAppreciated)
{
    Participation p;
    p.advocateId = bo.id;
    p.activityTypeId = referenceCall;
    p.occurredOn = QDate(2026, 6, 12); // 3 days ago: not yet due
    auto recent = temp.services().engagement().recordContribution(p);
    ASSERT_TRUE(recent.ok());
    EXPECT_FALSE(card(BoardKind::Journey, bo.id).thankYouDue);
    p.occurredOn = QDate(2026, 6, 1);
    auto older = temp.services().engagement().recordContribution(p);
    ASSERT_TRUE(older.ok());
    EXPECT_TRUE(card(BoardKind::Journey, bo.id).thankYouDue);
    Appreciation thanks;
    thanks.advocateId = bo.id;
    thanks.participationId = older->id;
    thanks.occurredOn = QDate(2026, 6, 14);
    ASSERT_TRUE(temp.services().engagement().recordAppreciation(thanks).ok());
    EXPECT_FALSE(card(BoardKind::Journey, bo.id).thankYouDue);
}

TEST_F(BoardServiceTest, FiltersByIndustryTierAndText)
{
    BoardFilter filter;
    filter.industry = QStringLiteral("Healthcare");
    auto cards = temp.services().boards().cards(BoardKind::Nomination, filter);
    ASSERT_EQ(cards->size(), 1);
    EXPECT_EQ(cards->first().name, QStringLiteral("Bo Tan"));
    filter = {};
    filter.tier = Tier::Gold;
    EXPECT_TRUE(temp.services().boards().cards(BoardKind::Nomination, filter)->isEmpty());
    filter = {};
    filter.text = QStringLiteral("ada");
    cards = temp.services().boards().cards(BoardKind::Journey, filter);
    ASSERT_EQ(cards->size(), 1);
    EXPECT_EQ(cards->first().column, 0);
    EXPECT_EQ(*temp.services().boards().industries(),
              (QStringList{QStringLiteral("Healthcare"), QStringLiteral("Logistics")}));
}

TEST_F(BoardServiceTest, RevertPutsANominationBackExactlyAndAuditsIt)
{
    auto &pipeline = temp.services().nominations();
    const Nomination before = pipeline.forAdvocate(ada.id)->value();
    temp.clock().advanceDays(3);
    ASSERT_TRUE(pipeline.move(before.id, NominationStatus::Declined, QStringLiteral("Busy")).ok());
    // Back from an exit the rules would refuse Invited; an undo is not a move.
    ASSERT_TRUE(pipeline.revert(before, QStringLiteral("Undo")).ok());
    const Nomination after = pipeline.get(before.id).value();
    EXPECT_EQ(after.status, before.status);
    EXPECT_EQ(after.statusChangedAt, before.statusChangedAt);
    EXPECT_EQ(temp.services().audit().forEntity(before.id)->last().reason, QStringLiteral("Undo"));
}

// Paging on a programme big enough for several pages per column: the board
// a user scrolls through must be exactly the board read in one go.
class BoardPagingTest : public ::testing::TestWithParam<BoardKind>
{
protected:
    void SetUp() override
    {
        DemoGenerator generator(temp.db(), temp.clock());
        ASSERT_TRUE(generator.generate(DemoOptions{600, 11}).ok());
    }

    test::TempDatabase temp;
};

TEST_P(BoardPagingTest, PagesInBoardOrderAddUpToTheWholeBoardAndItsTotals)
{
    const BoardKind kind = GetParam();
    BoardService &boards = temp.services().boards();
    BoardFilter filter;
    filter.segment = Segment::Enterprise; // a filter on the account, as the filter bar sets it
    for (const BoardFilter &f : {BoardFilter{}, filter}) {
        auto totals = boards.totals(kind, f);
        ASSERT_TRUE(totals.ok());
        ASSERT_EQ(totals->size(), BoardService::columnCount(kind));
        auto whole = boards.cards(kind, f);
        ASSERT_TRUE(whole.ok());
        qint64 expectedCards = 0;
        for (int column = 0; column < totals->size(); ++column) {
            QList<BoardCard> paged;
            for (int offset = 0;; offset += 7) {
                auto page = boards.page(kind, f, column, offset, 7);
                ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
                paged << *page;
                if (page->size() < 7)
                    break;
            }
            qint64 arr = 0;
            for (const BoardCard &card : paged) {
                EXPECT_EQ(card.column, column);
                arr += card.arr;
            }
            EXPECT_EQ(paged.size(), totals->at(column).count) << "column " << column;
            EXPECT_EQ(arr, totals->at(column).amount) << "column " << column;
            for (int row = 1; row < paged.size(); ++row)
                EXPECT_LE(paged[row - 1].name.compare(paged[row].name, Qt::CaseInsensitive), 0);
            // Position says where each card is; a sample of rows keeps the test short.
            for (int row = 0; row < paged.size(); row += 5) {
                auto at = boards.position(kind, f, paged[row].advocateId);
                ASSERT_TRUE(at.ok());
                ASSERT_TRUE(at->has_value());
                EXPECT_EQ((*at)->column, column);
                EXPECT_EQ((*at)->row, row) << paged[row].name.toStdString();
            }
            expectedCards += paged.size();
        }
        EXPECT_EQ(whole->size(), expectedCards);
        EXPECT_GT(expectedCards, 0);
    }
}

TEST_P(BoardPagingTest, AHiddenCardHasNoPosition)
{
    const BoardKind kind = GetParam();
    auto someone = temp.services().boards().page(kind, {}, 0, 0, 1);
    ASSERT_TRUE(someone.ok() && !someone->isEmpty());
    BoardFilter filter;
    filter.text = QStringLiteral("zzzznobody");
    auto at = temp.services().boards().position(kind, filter, someone->first().advocateId);
    ASSERT_TRUE(at.ok());
    EXPECT_FALSE(at->has_value());
    EXPECT_TRUE(temp.services().boards().page(kind, filter, 0, 0, 50)->isEmpty());
    EXPECT_EQ(temp.services().boards().totals(kind, filter)->first().count, 0);
}

INSTANTIATE_TEST_SUITE_P(BothAdvocateBoards, BoardPagingTest,
                         ::testing::Values(BoardKind::Nomination, BoardKind::Journey), [](const auto &info) {
                             return std::string(info.param == BoardKind::Nomination ? "Nomination"
                                                                                    : "Journey");
                         });

} // namespace
