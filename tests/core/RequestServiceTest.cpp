#include "ProgrammeFixture.h"

#include "rules/RequestRules.h"
#include "services/RequestBoardService.h"
#include "storage/SqlQuery.h"

#include <QSqlRecord>

using namespace ad;

namespace {

QStringList statusTrail(Services &services, const QString &requestId)
{
    QStringList trail;
    const auto events = services.audit().forEntity(requestId);
    for (const AuditEvent &event : *events)
        if (event.field == QLatin1String("status"))
            trail << event.oldValue + QStringLiteral("→") + event.newValue;
    return trail;
}

} // namespace

class RequestServiceTest : public test::ProgrammeFixture
{
protected:
    Account acme = account(QStringLiteral("Acme"));
    Advocate mei = enrolled(QStringLiteral("mei@acme.example"), acme.id);
    Advocate raj = enrolled(QStringLiteral("raj@acme.example"), acme.id);
};

TEST_F(RequestServiceTest, CreateStoresEveryFieldAndStartsNew)
{
    Request input;
    input.requester = QStringLiteral(" Siti (AE) ");
    input.opportunity = QStringLiteral("Globex expansion");
    input.prospectCompany = QStringLiteral("Globex");
    input.industry = QStringLiteral("Logistics");
    input.segment = QStringLiteral("enterprise");
    input.region = QStringLiteral("APAC");
    input.product = QStringLiteral("Payments");
    input.dealSize = 250000;
    input.activityTypeId = activity(QStringLiteral("Reference call"));
    input.neededBy = QDate(2026, 7, 1);
    auto created = services().requests().create(input);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    auto stored = services().requests().get(created->id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->requester, QStringLiteral("Siti (AE)"));
    EXPECT_EQ(stored->prospectCompany, QStringLiteral("Globex"));
    EXPECT_EQ(stored->segment, QStringLiteral("enterprise"));
    EXPECT_EQ(stored->dealSize, 250000);
    EXPECT_EQ(stored->neededBy, QDate(2026, 7, 1));
    EXPECT_EQ(stored->status, RequestStatus::New);
    EXPECT_EQ(stored->openedOn, today());
    EXPECT_EQ(statusTrail(services(), created->id), QStringList{QStringLiteral("→new")});
    auto all = services().requests().list();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 1);
    EXPECT_EQ(services().requests().list(RequestStatus::Closed)->size(), 0);
}

TEST_F(RequestServiceTest, InvalidRequestsAreRefusedAndNothingWritten)
{
    const QString before = temp.snapshot();
    Request unknownType;
    unknownType.activityTypeId = QStringLiteral("nope");
    EXPECT_EQ(services().requests().create(unknownType).error().kind, ErrorKind::NotFound);
    Request badSegment;
    badSegment.activityTypeId = activity(QStringLiteral("Reference call"));
    badSegment.segment = QStringLiteral("huge");
    EXPECT_EQ(services().requests().create(badSegment).error().field, QStringLiteral("segment"));
    Request past;
    past.activityTypeId = activity(QStringLiteral("Reference call"));
    past.neededBy = QDate(2026, 6, 14);
    EXPECT_EQ(services().requests().create(past).error().field, QStringLiteral("needed_by"));
    EXPECT_EQ(temp.snapshot(), before);
}

TEST(RequestRules, OneStepForwardExitsAndReturnFromDecline)
{
    using S = RequestStatus;
    EXPECT_TRUE(checkRequestMove(S::New, S::Matching).ok());
    EXPECT_TRUE(checkRequestMove(S::Completed, S::Closed).ok());
    EXPECT_FALSE(checkRequestMove(S::New, S::Asked).ok());
    EXPECT_FALSE(checkRequestMove(S::Accepted, S::Asked).ok());
    EXPECT_TRUE(checkRequestMove(S::Scheduled, S::Cancelled).ok());
    EXPECT_TRUE(checkRequestMove(S::New, S::Expired).ok());
    EXPECT_TRUE(checkRequestMove(S::Asked, S::Declined).ok());
    EXPECT_FALSE(checkRequestMove(S::Matching, S::Declined).ok());
    EXPECT_TRUE(checkRequestMove(S::Declined, S::Matching).ok());
    EXPECT_FALSE(checkRequestMove(S::Declined, S::Accepted).ok());
    for (S final : {S::Closed, S::Cancelled, S::Expired})
        EXPECT_EQ(checkRequestMove(final, S::Matching).error().kind, ErrorKind::Refused);
    EXPECT_FALSE(checkRequestMove(S::Asked, S::Asked).ok());
}

TEST_F(RequestServiceTest, AskAnswerAndTheRestOfThePipelineAreAudited)
{
    Request r = request(QStringLiteral("Reference call"));
    auto ask = services().requests().recordAsk(r.id, mei.id);
    ASSERT_TRUE(ask.ok()) << ask.error().message.toStdString();
    EXPECT_EQ(ask->activityTypeId, r.activityTypeId);
    EXPECT_EQ(ask->askedOn, today());
    EXPECT_EQ(services().requests().get(r.id)->status, RequestStatus::Asked);
    ASSERT_TRUE(services().requests().answer(r.id, mei.id, AskAnswer::Accepted).ok());
    for (auto to : {RequestStatus::Scheduled, RequestStatus::Completed, RequestStatus::Closed})
        ASSERT_TRUE(services().requests().move(r.id, to, QStringLiteral("on track")).ok());
    EXPECT_EQ(
        statusTrail(services(), r.id),
        (QStringList{QStringLiteral("→new"), QStringLiteral("new→matching"), QStringLiteral("matching→asked"),
                     QStringLiteral("asked→accepted"), QStringLiteral("accepted→scheduled"),
                     QStringLiteral("scheduled→completed"), QStringLiteral("completed→closed")}));
    const QString before = temp.snapshot();
    EXPECT_EQ(services().requests().move(r.id, RequestStatus::Cancelled).error().kind, ErrorKind::Refused);
    EXPECT_EQ(services().requests().recordAsk(r.id, raj.id).error().kind, ErrorKind::Refused);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(RequestServiceTest, SkippingAStepIsRefused)
{
    Request r = request(QStringLiteral("Reference call"));
    const QString before = temp.snapshot();
    Status skipped = services().requests().move(r.id, RequestStatus::Scheduled);
    ASSERT_FALSE(skipped.ok());
    EXPECT_EQ(skipped.error().kind, ErrorKind::Refused);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(RequestServiceTest, AskingTwiceOrAnsweringTwiceIsRefusedWithoutWriting)
{
    Request r = request(QStringLiteral("Reference call"));
    ASSERT_TRUE(services().requests().recordAsk(r.id, mei.id).ok());
    QString before = temp.snapshot();
    EXPECT_EQ(services().requests().recordAsk(r.id, mei.id).error().kind, ErrorKind::Duplicate);
    EXPECT_EQ(services().requests().recordAsk(r.id, mei.id, QStringLiteral("really")).error().kind,
              ErrorKind::Duplicate);
    EXPECT_EQ(services().requests().answer(r.id, raj.id, AskAnswer::Accepted).error().kind,
              ErrorKind::NotFound);
    EXPECT_EQ(temp.snapshot(), before);
    ASSERT_TRUE(services().requests().answer(r.id, mei.id, AskAnswer::Accepted).ok());
    before = temp.snapshot();
    Status again =
        services().requests().answer(r.id, mei.id, AskAnswer::Declined, QStringLiteral("changed mind"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Refused);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(RequestServiceTest, DeclineKeepsItsReasonAndDeclinesTheRequestWhenNobodyElseIsInPlay)
{
    Request r = request(QStringLiteral("Reference call"));
    ASSERT_TRUE(services().requests().recordAsk(r.id, mei.id).ok());
    ASSERT_TRUE(services().requests().recordAsk(r.id, raj.id).ok());
    ASSERT_TRUE(
        services().requests().answer(r.id, mei.id, AskAnswer::Declined, QStringLiteral("On leave")).ok());
    EXPECT_EQ(services().requests().get(r.id)->status, RequestStatus::Asked); // raj is still pending
    ASSERT_TRUE(services().requests().answer(r.id, raj.id, AskAnswer::Declined, QStringLiteral("Busy")).ok());
    EXPECT_EQ(services().requests().get(r.id)->status, RequestStatus::Declined);
    auto asks = services().requests().asks(r.id);
    ASSERT_EQ(asks->size(), 2);
    EXPECT_EQ(asks->at(0).answer, AskAnswer::Declined);
    EXPECT_EQ(asks->at(0).reason, QStringLiteral("On leave"));
    EXPECT_EQ(asks->at(0).answeredOn, today());
    // Back to matching to find someone else.
    EXPECT_TRUE(
        services().requests().move(r.id, RequestStatus::Matching, QStringLiteral("find another")).ok());
}

TEST_F(RequestServiceTest, AnExcludedAdvocateIsAskedOnlyWithAnOverrideReason)
{
    Advocate outsider = temp.makeAdvocate(QStringLiteral("out@acme.example"), acme.id); // not enrolled
    Request r = request(QStringLiteral("Reference call"));
    const QString before = temp.snapshot();
    auto refused = services().requests().recordAsk(r.id, outsider.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not enrolled")))
        << refused.error().message.toStdString();
    EXPECT_EQ(temp.snapshot(), before);
    auto overridden =
        services().requests().recordAsk(r.id, outsider.id, QStringLiteral("Customer asked to help"));
    ASSERT_TRUE(overridden.ok());
    EXPECT_EQ(services().requests().asks(r.id)->first().overrideReason,
              QStringLiteral("Customer asked to help"));
    EXPECT_TRUE(services()
                    .audit()
                    .forEntity(overridden->id)
                    ->first()
                    .reason.contains(QStringLiteral("Customer asked")));
}

TEST_F(RequestServiceTest, OnlyAProgrammeManagerOverridesAskProtection)
{
    Advocate outsider = temp.makeAdvocate(QStringLiteral("out@acme.example"), acme.id);
    Request r = request(QStringLiteral("Reference call"));
    ASSERT_TRUE(services().users().create(QStringLiteral("casey"), UserRole::Csm).ok());
    Services asCsm(temp.db(), temp.clock(), QStringLiteral("casey"));
    const QString before = temp.snapshot();
    auto refused = asCsm.requests().recordAsk(r.id, outsider.id, QStringLiteral("I know them"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("programme manager")));
    EXPECT_EQ(temp.snapshot(), before);
    // An eligible advocate needs no authority.
    EXPECT_TRUE(asCsm.requests().recordAsk(r.id, mei.id).ok());
}

namespace {

QString requestRow(test::TempDatabase &temp, const QString &id)
{
    SqlQuery query(temp.db(), QStringLiteral("SELECT * FROM requests WHERE id = ?"));
    query.bind(id);
    EXPECT_TRUE(query.exec().ok());
    EXPECT_TRUE(query.next());
    QStringList values;
    for (int c = 0; c < query.raw().record().count(); ++c)
        values << query.value(c).toString();
    return values.join(QLatin1Char('|'));
}

} // namespace

TEST_F(RequestServiceTest, RevertRestoresStatusAndTimestampsExactlyAndIsAudited)
{
    Request r = request(QStringLiteral("Reference call"));
    const Request before = *services().requests().get(r.id);
    const QString row = requestRow(temp, r.id);
    temp.clock().set(temp.clock().now().addSecs(3600));
    ASSERT_TRUE(services().requests().move(r.id, RequestStatus::Matching, QStringLiteral("looking")).ok());
    temp.clock().set(temp.clock().now().addSecs(3600));
    ASSERT_TRUE(services().requests().move(r.id, RequestStatus::Cancelled, QStringLiteral("deal lost")).ok());
    EXPECT_NE(requestRow(temp, r.id), row);

    // Cancelled is final for a move, but a revert takes the moves back.
    ASSERT_TRUE(services().requests().revert(before, QStringLiteral("Undo")).ok());
    EXPECT_EQ(requestRow(temp, r.id), row);
    EXPECT_EQ(statusTrail(services(), r.id).last(), QStringLiteral("cancelled→new"));
}

TEST_F(RequestServiceTest, RevertOfAnUnknownRequestWritesNothing)
{
    Request ghost;
    ghost.id = QStringLiteral("no-such-request");
    const QString before = temp.snapshot();
    EXPECT_EQ(services().requests().revert(ghost, QStringLiteral("Undo")).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(RequestServiceTest, AskDetailsNameWhoWasAskedTheirOwnerAnswerAndTheContributionForTheRequest)
{
    auto aisha = services().users().create(QStringLiteral("Aisha"), UserRole::Csm);
    ASSERT_TRUE(aisha.ok());
    mei.ownerId = aisha->id;
    ASSERT_TRUE(services().advocates().update(mei).ok());
    Request r = request(QStringLiteral("Reference call"));
    ASSERT_TRUE(services().requests().recordAsk(r.id, mei.id).ok());
    temp.clock().advanceDays(1);
    ASSERT_TRUE(services().requests().recordAsk(r.id, raj.id).ok());
    temp.clock().advanceDays(2);
    ASSERT_TRUE(services().requests().answer(r.id, mei.id, AskAnswer::Accepted).ok());

    auto details = services().requests().askDetails(r.id);
    ASSERT_TRUE(details.ok()) << details.error().message.toStdString();
    ASSERT_EQ(details->size(), 2);
    const AskDetail &first = details->at(0);
    EXPECT_EQ(first.ask.advocateId, mei.id);
    EXPECT_EQ(first.advocateName, QStringLiteral("mei"));
    EXPECT_EQ(first.ownerName, QStringLiteral("Aisha"));
    EXPECT_EQ(first.ask.askedOn, today());
    EXPECT_EQ(first.ask.answer, AskAnswer::Accepted);
    EXPECT_EQ(first.ask.answeredOn, today().addDays(3));
    EXPECT_TRUE(first.contributionId.isEmpty());
    const AskDetail &second = details->at(1);
    EXPECT_EQ(second.ask.advocateId, raj.id);
    EXPECT_TRUE(second.ownerName.isEmpty());
    EXPECT_EQ(second.ask.answer, AskAnswer::Pending);

    // A contribution of someone else's, or not for this request, is not this ask's.
    Participation elsewhere;
    elsewhere.advocateId = mei.id;
    elsewhere.activityTypeId = r.activityTypeId;
    ASSERT_TRUE(services().engagement().recordContribution(elsewhere).ok());
    Participation forRequest = elsewhere;
    forRequest.requestId = r.id;
    auto contribution = services().engagement().recordContribution(forRequest);
    ASSERT_TRUE(contribution.ok());
    details = services().requests().askDetails(r.id);
    EXPECT_EQ(details->at(0).contributionId, contribution->id);
    EXPECT_EQ(details->at(0).contributedOn, today().addDays(3));
    EXPECT_EQ(details->at(0).appreciations, 0);
    EXPECT_TRUE(details->at(1).contributionId.isEmpty());
    Appreciation thanks;
    thanks.advocateId = mei.id;
    thanks.participationId = contribution->id;
    ASSERT_TRUE(services().engagement().recordAppreciation(thanks).ok());
    EXPECT_EQ(services().requests().askDetails(r.id)->at(0).appreciations, 1);
}

TEST_F(RequestServiceTest, AnAcceptedAskMakesTheAdvocateOpenToItsActivityAndUndoPutsThePreferenceBack)
{
    const QString call = activity(QStringLiteral("Reference call"));
    // Nothing recorded yet: accepting records "open to".
    Request first = request(QStringLiteral("Reference call"));
    ASSERT_TRUE(services().requests().recordAsk(first.id, mei.id).ok());
    Request before = *services().requests().get(first.id);
    ASSERT_TRUE(services().requests().answer(first.id, mei.id, AskAnswer::Accepted).ok());
    EXPECT_EQ(services().preferences().forAdvocate(mei.id)->value(call, false), true);
    EXPECT_TRUE(services().preferences().forAdvocate(mei.id)->contains(call));
    const QString askId = services().requests().asks(first.id)->first().id;
    ASSERT_TRUE(services().requests().withdrawAnswer(askId, before).ok());
    EXPECT_FALSE(services().preferences().forAdvocate(mei.id)->contains(call)) << "back to not asked yet";
    ASSERT_TRUE(services().requests().answer(first.id, mei.id, AskAnswer::Accepted).ok());
    EXPECT_EQ(services().preferences().forAdvocate(mei.id)->value(call, false), true) << "redone";

    // "Not open to" recorded, asked anyway by a manager, and she said yes.
    ASSERT_TRUE(services().preferences().set(raj.id, call, false).ok());
    Request second = request(QStringLiteral("Reference call"));
    ASSERT_TRUE(services().requests().recordAsk(second.id, raj.id, QStringLiteral("she offered")).ok());
    before = *services().requests().get(second.id);
    ASSERT_TRUE(services().requests().answer(second.id, raj.id, AskAnswer::Accepted).ok());
    EXPECT_EQ(services().preferences().forAdvocate(raj.id)->value(call, false), true);
    bool audited = false;
    const QString rajAsk = services().requests().asks(second.id)->first().id;
    const auto events = services().audit().forEntity(rajAsk);
    for (const AuditEvent &event : *events)
        audited = audited || (event.field == QLatin1String("activity_preference") &&
                              event.oldValue == QLatin1String("not_open") && event.newValue == QLatin1String("open"));
    EXPECT_TRUE(audited);
    ASSERT_TRUE(services().requests().withdrawAnswer(rajAsk, before).ok());
    EXPECT_EQ(services().preferences().forAdvocate(raj.id)->value(call, true), false);

    // A decline leaves the preference alone.
    Advocate lee = enrolled(QStringLiteral("lee@acme.example"), acme.id);
    Request third = request(QStringLiteral("Reference call"));
    ASSERT_TRUE(services().requests().recordAsk(third.id, lee.id).ok());
    ASSERT_TRUE(services().requests().answer(third.id, lee.id, AskAnswer::Declined, QStringLiteral("busy")).ok());
    EXPECT_FALSE(services().preferences().forAdvocate(lee.id)->contains(call));
}

// The request board's page, as the Requests page shows it: each card names who
// was asked, in the order asked, leaving out whoever declined.
TEST_F(RequestServiceTest, TheBoardCardNamesWhoWasAskedButNotWhoDeclined)
{
    Request r = request(QStringLiteral("Reference call"), QStringLiteral("Logistics"));
    ASSERT_TRUE(services().requests().recordAsk(r.id, mei.id).ok());
    ASSERT_TRUE(services().requests().recordAsk(r.id, raj.id).ok());
    const RequestBoardService board(services().context());
    // The text filter: a part of a field, letter case aside; % is only a character.
    RequestBoardFilter text;
    text.text = QStringLiteral("LOGIST");
    EXPECT_EQ(board.page(text, 2, 0, 10)->size(), 1);
    text.text = QStringLiteral("log%");
    EXPECT_EQ(board.page(text, 2, 0, 10)->size(), 0);
    auto before = board.page({}, 2, 0, 10); // column 2: asked
    ASSERT_TRUE(before.ok()) << before.error().message.toStdString();
    ASSERT_EQ(before->size(), 1);
    EXPECT_EQ(before->first().askedNames, mei.name + QStringLiteral(", ") + raj.name);
    ASSERT_TRUE(services().requests().answer(r.id, mei.id, AskAnswer::Declined).ok());
    auto after = board.page({}, 2, 0, 10);
    ASSERT_TRUE(after.ok()) << after.error().message.toStdString();
    ASSERT_EQ(after->size(), 1);
    EXPECT_EQ(after->first().askedNames, raj.name);
}
