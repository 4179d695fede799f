// Personal-data requests: export everything about one person; erase them completely.
#include "io/PersonalData.h"
#include "TempDatabase.h"
#include "storage/SqlQuery.h"
#include "util/Ids.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace ad;

namespace {
const QString kEmail = QStringLiteral("mei@acme.example");
const QString kName = QStringLiteral("Mei Ling Tan");
} // namespace

class PersonalDataTest : public ::testing::Test
{
protected:
    test::TempDatabase temp;
    Account acme = temp.makeAccount();
    Advocate mei = temp.makeAdvocate(kEmail, acme.id, kName);
    Advocate ed = temp.makeAdvocate(QStringLiteral("ed@acme.example"), acme.id, QStringLiteral("Ed Wong"));

    void SetUp() override
    {
        Services &s = temp.services();
        ASSERT_TRUE(s.advocates().grantConsent(mei.id, ConsentAsset::Quote, QDate(2026, 1, 1)).ok());
        ASSERT_TRUE(s.advocates().addNote(mei.id, QStringLiteral("Loves the boards")).ok());
        ASSERT_TRUE(s.advocates()
                        .addNote(ed.id, QStringLiteral("Introduced by Mei Ling Tan (MEI@acme.example)"))
                        .ok());
        ASSERT_TRUE(s.nps().record({{}, mei.id, 10, QStringLiteral("Superb"), {}, {}}).ok());
        ASSERT_TRUE(
            s.engagement().logTouch({{}, mei.id, TouchKind::CheckIn, {}, QStringLiteral("Coffee"), {}}).ok());
        auto type = s.activityTypes().find(QStringLiteral("Case study"));
        Participation p;
        p.advocateId = mei.id;
        p.activityTypeId = (*type)->id;
        auto participation = s.engagement().recordContribution(p);
        ASSERT_TRUE(participation.ok());
        Appreciation thanks;
        thanks.advocateId = mei.id;
        thanks.participationId = participation->id;
        ASSERT_TRUE(s.engagement().recordAppreciation(thanks).ok());
        ASSERT_TRUE(s.nominations().nominate(mei.id, QStringLiteral("Promoter")).ok());
        ASSERT_TRUE(s.advocates().setTier(mei.id, Tier::Gold, QStringLiteral("Great year")).ok());
        ASSERT_TRUE(
            s.advocates().setTier(ed.id, Tier::Silver, QStringLiteral("Referred by Mei Ling Tan")).ok());
        const QString now = QStringLiteral("2026-06-15T12:00:00.000Z");
        SqlQuery referral(temp.db(),
                          QStringLiteral("INSERT INTO referrals (id, advocate_id, referred_company, "
                                         "referred_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        referral.bind(newId())
            .bind(mei.id)
            .bind(QStringLiteral("Initech"))
            .bind(QStringLiteral("2026-05-01"));
        referral.bind(now).bind(now);
        ASSERT_TRUE(referral.exec().ok());
        SqlQuery feedback(
            temp.db(), QStringLiteral("INSERT INTO feedback_items (id, source, body, received_on, "
                                      "advocate_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        feedback.bind(newId()).bind(QStringLiteral("g2")).bind(QStringLiteral("Five stars"));
        feedback.bind(QStringLiteral("2026-05-02")).bind(mei.id).bind(now).bind(now);
        ASSERT_TRUE(feedback.exec().ok());
    }

    qint64 count(const QString &table)
    {
        SqlQuery query(temp.db(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return scalar(query)->toLongLong();
    }
};

TEST_F(PersonalDataTest, ExportHoldsEveryRowAboutThePerson)
{
    auto data = PersonalData(temp.services().context()).collect(QStringLiteral("MEI@ACME.example"));
    ASSERT_TRUE(data.ok()) << data.error().message.toStdString();
    EXPECT_EQ(data->value(QStringLiteral("advocate")).toObject().value(QStringLiteral("email")).toString(),
              kEmail);
    EXPECT_EQ(
        data->value(QStringLiteral("advocate")).toObject().value(QStringLiteral("account_name")).toString(),
        QStringLiteral("Acme Sdn Bhd"));
    for (const char *table : {"consents", "nps_responses", "touches", "participations", "appreciations",
                              "nominations", "referrals", "feedback_items", "advocate_notes"})
        EXPECT_EQ(data->value(QLatin1String(table)).toArray().size(), 1) << table;
    EXPECT_GE(data->value(QStringLiteral("audit_events")).toArray().size(), 2); // consent and tier
    const QString everything = QString::fromUtf8(QJsonDocument(*data).toJson());
    EXPECT_FALSE(everything.contains(QStringLiteral("Ed Wong"))); // nobody else's data

    const QString path = temp.dir() + QStringLiteral("/mei.json");
    ASSERT_TRUE(PersonalData(temp.services().context()).write(kEmail, path).ok());
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
}

TEST_F(PersonalDataTest, UnknownEmailIsNotFound)
{
    const QString before = temp.snapshot();
    auto erased = PersonalData(temp.services().context()).erase(QStringLiteral("nobody@acme.example"));
    ASSERT_FALSE(erased.ok());
    EXPECT_EQ(erased.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(PersonalDataTest, EraseLeavesNoTraceInRowsSearchOrAuditText)
{
    auto before = temp.services().stats().counts();
    ASSERT_TRUE(before.ok());
    auto erased = PersonalData(temp.services().context()).erase(kEmail);
    ASSERT_TRUE(erased.ok()) << erased.error().message.toStdString();
    EXPECT_GE(erased->rowsDeleted, 12);
    EXPECT_EQ(erased->textsScrubbed, 2); // Ed's note and Ed's tier reason

    EXPECT_EQ(count(QStringLiteral("advocates")), 1);
    for (const char *table : {"consents", "nps_responses", "touches", "participations", "appreciations",
                              "nominations", "referrals", "feedback_items"})
        EXPECT_EQ(count(QLatin1String(table)), 0) << table;
    auto search = temp.services().search().search(QStringLiteral("mei"), 10);
    ASSERT_TRUE(search.ok());
    EXPECT_TRUE(search->isEmpty());
    auto edStill = temp.services().search().search(QStringLiteral("ed wong"), 10);
    ASSERT_TRUE(edStill.ok());
    EXPECT_EQ(edStill->size(), 1);

    const QString snapshot = temp.snapshot();
    EXPECT_FALSE(snapshot.contains(kEmail, Qt::CaseInsensitive));
    EXPECT_FALSE(snapshot.contains(kName, Qt::CaseInsensitive));
    // The one row left naming the UUID (no personal text) records the erasure itself.
    EXPECT_EQ(snapshot.count(mei.id), 1);
    auto trail = temp.services().audit().forEntity(mei.id);
    ASSERT_TRUE(trail.ok());
    ASSERT_EQ(trail->size(), 1);
    EXPECT_EQ(trail->first().field, QStringLiteral("erased"));
    EXPECT_TRUE(snapshot.contains(QStringLiteral("Introduced by [erased] ([erased])")))
        << snapshot.toStdString();

    auto after = temp.services().stats().counts();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->at(1).first, before->at(1).first);
    EXPECT_LT(after->at(1).second, before->at(1).second);
}

TEST_F(PersonalDataTest, TheErasedEmailIsGoneFromTheFileAndItsLogBytes)
{
    const auto fileBytes = [this] {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(temp.path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    };
    ASSERT_TRUE(fileBytes().contains("mei@acme.example")); // the test can see it before
    ASSERT_TRUE(PersonalData(temp.services().context()).erase(kEmail).ok());
    const QByteArray after = fileBytes();
    EXPECT_FALSE(after.contains("mei@acme.example"));
    EXPECT_FALSE(after.toLower().contains("mei@acme.example"));
}
