#include "TempDatabase.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

QStringList kinds(const QList<TimelineEntry> &entries)
{
    QStringList list;
    for (const TimelineEntry &entry : entries)
        list << entry.kind;
    return list;
}

} // namespace

class TimelineTest : public ::testing::Test
{
protected:
    test::TempDatabase temp;
    Account account = temp.makeAccount();
    Advocate advocate = temp.makeAdvocate(QStringLiteral("mei@acme.example"), account.id);

    QString activity(const QString &name)
    {
        auto type = temp.services().activityTypes().find(name);
        EXPECT_TRUE(type.ok() && type->has_value()) << name.toStdString();
        return type.ok() && type->has_value() ? (*type)->id : QString();
    }

    // One of everything, each at a different moment, oldest first: NPS, touch,
    // contribution, appreciation (dated days), then nomination, status change,
    // note and tier change (stamped by the clock an hour apart).
    void recordOneOfEach()
    {
        Services &s = temp.services();
        ASSERT_TRUE(
            s.nps().record({{}, advocate.id, 9, QStringLiteral("Love it"), QDate(2026, 1, 10), {}}).ok());
        Touch touch;
        touch.advocateId = advocate.id;
        touch.kind = TouchKind::BusinessReview;
        touch.occurredOn = QDate(2026, 2, 1);
        ASSERT_TRUE(s.engagement().logTouch(touch).ok());
        Participation contribution;
        contribution.advocateId = advocate.id;
        contribution.activityTypeId = activity(QStringLiteral("Case study"));
        contribution.occurredOn = QDate(2026, 3, 1);
        auto recorded = s.engagement().recordContribution(contribution);
        ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
        Appreciation thanks;
        thanks.advocateId = advocate.id;
        thanks.participationId = recorded->id;
        thanks.occurredOn = QDate(2026, 3, 5);
        ASSERT_TRUE(s.engagement().recordAppreciation(thanks).ok());

        ASSERT_TRUE(s.nominations().nominate(advocate.id, QStringLiteral("Promoter at the QBR")).ok());
        temp.clock().advanceSeconds(3600);
        auto nomination = s.nominations().forAdvocate(advocate.id);
        ASSERT_TRUE(nomination.ok() && nomination->has_value());
        ASSERT_TRUE(s.nominations().move((*nomination)->id, NominationStatus::InReview).ok());
        temp.clock().advanceSeconds(3600);
        ASSERT_TRUE(s.advocates().addNote(advocate.id, QStringLiteral("Prefers email")).ok());
        temp.clock().advanceSeconds(3600);
        ASSERT_TRUE(s.advocates().setTier(advocate.id, Tier::Silver, QStringLiteral("Approved")).ok());
    }
};

TEST_F(TimelineTest, EveryKindAppearsNewestFirst)
{
    recordOneOfEach();
    auto timeline = temp.services().timeline().forAdvocate(advocate.id);
    ASSERT_TRUE(timeline.ok()) << timeline.error().message.toStdString();

    const QStringList expected{QStringLiteral("audit"),        QStringLiteral("note"),
                               QStringLiteral("status"),       QStringLiteral("nomination"),
                               QStringLiteral("appreciation"), QStringLiteral("contribution"),
                               QStringLiteral("touch"),        QStringLiteral("nps")};
    EXPECT_EQ(kinds(*timeline), expected);
    for (qsizetype i = 1; i < timeline->size(); ++i)
        EXPECT_GE(timeline->at(i - 1).at, timeline->at(i).at) << i;
    for (const TimelineEntry &entry : *timeline) {
        EXPECT_FALSE(entry.summary.isEmpty()) << entry.kind.toStdString();
        EXPECT_FALSE(entry.entityId.isEmpty()) << entry.kind.toStdString();
    }
}

TEST_F(TimelineTest, SummariesNameWhatHappened)
{
    recordOneOfEach();
    auto timeline = temp.services().timeline().forAdvocate(advocate.id);
    ASSERT_TRUE(timeline.ok());
    auto summaryOf = [&](const QString &kind) {
        for (const TimelineEntry &entry : *timeline)
            if (entry.kind == kind)
                return entry.summary;
        return QString();
    };
    EXPECT_TRUE(summaryOf(QStringLiteral("contribution")).contains(QStringLiteral("Case study")));
    EXPECT_TRUE(summaryOf(QStringLiteral("nomination")).contains(QStringLiteral("Promoter at the QBR")));
    EXPECT_TRUE(summaryOf(QStringLiteral("status")).contains(QStringLiteral("In review")));
    EXPECT_TRUE(summaryOf(QStringLiteral("audit")).contains(QStringLiteral("Silver")));
    EXPECT_TRUE(summaryOf(QStringLiteral("nps")).contains(QStringLiteral("9")));
}

TEST_F(TimelineTest, EventsAtTheSameMomentShowTheLaterOneFirst)
{
    // The clock does not move: the nomination and its move share one timestamp.
    auto nomination =
        temp.services().nominations().nominate(advocate.id, QStringLiteral("Spoke at the summit"));
    ASSERT_TRUE(nomination.ok());
    ASSERT_TRUE(temp.services().nominations().move(nomination->id, NominationStatus::InReview).ok());
    auto timeline = temp.services().timeline().forAdvocate(advocate.id);
    ASSERT_TRUE(timeline.ok());
    EXPECT_EQ(kinds(*timeline), (QStringList{QStringLiteral("status"), QStringLiteral("nomination")}));
}

TEST_F(TimelineTest, NewAdvocateHasAnEmptyTimelineAndUnknownIdIsNotFound)
{
    auto empty = temp.services().timeline().forAdvocate(advocate.id);
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->isEmpty());
    auto unknown = temp.services().timeline().forAdvocate(QStringLiteral("nobody"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
}
