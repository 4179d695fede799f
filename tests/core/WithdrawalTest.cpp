// Undo's core: what was just recorded is taken back exactly, with the pipeline
// steps that came with it, and refused when later work depends on it.
#include "ProgrammeFixture.h"
#include "storage/SqlQuery.h"

using namespace ad;

namespace {

class WithdrawalTest : public test::ProgrammeFixture
{
protected:
    void SetUp() override
    {
        harbour = account(QStringLiteral("Harbour Logistics"));
        ada = enrolled(QStringLiteral("ada@harbour.example"), harbour.id);
        call = request(QStringLiteral("Reference call"));
    }

    int count(const QString &table)
    {
        SqlQuery query(temp.db(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return scalar(query)->toInt();
    }

    Account harbour;
    Advocate ada;
    Request call;
};

TEST_F(WithdrawalTest, RecordsGoAndTheSearchIndexFollows)
{
    Result<Note> note = services().advocates().addNote(ada.id, QStringLiteral("Loves the quarterly roadmap"));
    ASSERT_TRUE(note.ok());
    ASSERT_EQ(services().search().search(QStringLiteral("roadmap"))->size(), 1);
    ASSERT_TRUE(services().withdrawal().withdraw(RecordKind::Note, note->id).ok());
    EXPECT_TRUE(services().search().search(QStringLiteral("roadmap"))->isEmpty());

    const Participation talk = contribution(ada, QStringLiteral("Reference call"), daysAgo(2));
    Appreciation thanks;
    thanks.advocateId = ada.id;
    thanks.participationId = talk.id;
    Result<Appreciation> thanked = services().engagement().recordAppreciation(thanks);
    ASSERT_TRUE(thanked.ok());
    ASSERT_TRUE(services().withdrawal().withdraw(RecordKind::Appreciation, thanked->id).ok());
    EXPECT_TRUE(services().engagement().appreciations(ada.id)->isEmpty());
    EXPECT_EQ(services().engagement().contributions(ada.id)->size(), 1) << "only what was asked for goes";

    const Status again = services().withdrawal().withdraw(RecordKind::Appreciation, thanked->id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::NotFound);
}

TEST_F(WithdrawalTest, AnAskGoesAndTheRequestReturnsToItsColumn)
{
    const Request before = *services().requests().get(call.id);
    Result<Ask> ask = services().requests().recordAsk(call.id, ada.id);
    ASSERT_TRUE(ask.ok());
    ASSERT_EQ(services().requests().get(call.id)->status, RequestStatus::Asked);
    ASSERT_TRUE(services().requests().withdrawAsk(ask->id, before).ok());
    EXPECT_TRUE(services().requests().asks(call.id)->isEmpty());
    EXPECT_EQ(services().requests().get(call.id)->status, RequestStatus::New);
    EXPECT_TRUE(services().requests().recordAsk(call.id, ada.id).ok()) << "ada may be asked again";
}

TEST_F(WithdrawalTest, AnAnsweredAskIsNotWithdrawnBeforeItsAnswer)
{
    const Request fresh = *services().requests().get(call.id);
    Result<Ask> ask = services().requests().recordAsk(call.id, ada.id);
    ASSERT_TRUE(ask.ok());
    const Request asked = *services().requests().get(call.id);
    ASSERT_TRUE(services().requests().answer(call.id, ada.id, AskAnswer::Accepted).ok());
    const Status refused = services().requests().withdrawAsk(ask->id, fresh);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_EQ(services().requests().get(call.id)->status, RequestStatus::Accepted) << "nothing changed";

    ASSERT_TRUE(services().requests().withdrawAnswer(ask->id, asked).ok());
    EXPECT_EQ(services().requests().asks(call.id)->first().answer, AskAnswer::Pending);
    EXPECT_EQ(services().requests().get(call.id)->status, RequestStatus::Asked);
    EXPECT_TRUE(services().requests().withdrawAsk(ask->id, fresh).ok());
}

TEST_F(WithdrawalTest, ARequestWithAsksStays)
{
    ASSERT_TRUE(services().requests().recordAsk(call.id, ada.id).ok());
    EXPECT_FALSE(services().requests().withdraw(call.id).ok());
    const Request other = request(QStringLiteral("Reference call"));
    EXPECT_TRUE(services().requests().withdraw(other.id).ok());
    EXPECT_EQ(services().requests().get(other.id).error().kind, ErrorKind::NotFound);
}

TEST_F(WithdrawalTest, ANewPersonNominatedGoesWithTheirNewAccountButAReopenedNominationIsPutBack)
{
    NominationRequest fresh;
    fresh.email = QStringLiteral("cy@new.example");
    fresh.name = QStringLiteral("Cy Lee");
    fresh.newAccountName = QStringLiteral("New Harbour Works");
    fresh.evidence = QStringLiteral("Promoter");
    const int accounts = count(QStringLiteral("accounts"));
    Result<NominationOutcome> outcome = services().intake().nominate(fresh);
    ASSERT_TRUE(outcome.ok());
    ASSERT_TRUE(services().intake().withdraw(*outcome).ok());
    EXPECT_FALSE(services().advocates().findByEmail(fresh.email)->has_value());
    EXPECT_EQ(count(QStringLiteral("accounts")), accounts);

    // Ada left the pipeline and is nominated again: undo puts her exit back.
    const Nomination enrolledNomination = **services().nominations().forAdvocate(ada.id);
    ASSERT_TRUE(services().nominations().move(enrolledNomination.id, NominationStatus::Paused).ok());
    NominationRequest again;
    again.email = ada.email;
    again.evidence = QStringLiteral("Back from leave");
    Result<NominationOutcome> reopened = services().intake().nominate(again);
    ASSERT_TRUE(reopened.ok());
    ASSERT_TRUE(reopened->before.has_value());
    ASSERT_TRUE(services().intake().withdraw(*reopened).ok());
    EXPECT_EQ((*services().nominations().forAdvocate(ada.id))->status, NominationStatus::Paused);
    EXPECT_TRUE(services().advocates().get(ada.id).ok()) << "a person already on file stays";
}

TEST_F(WithdrawalTest, ANominationThatMovedOnIsNotWithdrawn)
{
    Advocate bo = temp.makeAdvocate(QStringLiteral("bo@harbour.example"), harbour.id, QStringLiteral("Bo Tan"));
    Result<Nomination> nomination = services().nominations().nominate(bo.id, QStringLiteral("Promoter"));
    ASSERT_TRUE(nomination.ok());
    ASSERT_TRUE(services().nominations().move(nomination->id, NominationStatus::InReview).ok());
    const Status refused = services().nominations().withdraw(nomination->id, QStringLiteral("Undone"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(services().nominations().get(nomination->id).ok());
}

} // namespace
