// Personal-data requests: export everything about one person; erase them completely.
#include "Backends.h"
#include "io/ErasureLedger.h"
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
    AD_SQLITE_ONLY("the bytes of the database file and its log");
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

namespace {

// Every TEXT column of every table, as "table.column".
QStringList textColumnsOf(Database &db)
{
    QStringList columns;
    SqlQuery tables(db, db.dialect().tablesSql());
    EXPECT_TRUE(tables.exec().ok());
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        SqlQuery query(db, db.dialect().columnTypesSql());
        query.bind(table);
        EXPECT_TRUE(query.exec().ok());
        while (query.next())
            if (query.value(1).toString().contains(QLatin1String("TEXT"), Qt::CaseInsensitive))
                columns << table + QLatin1Char('.') + query.value(0).toString();
    }
    return columns;
}

// How many values anywhere in the file contain `needle` (case-insensitive for ASCII).
int occurrences(Database &db, const QString &needle)
{
    int found = 0;
    for (const QString &column : textColumnsOf(db)) {
        const QString table = column.section(QLatin1Char('.'), 0, 0);
        const QString name = column.section(QLatin1Char('.'), 1);
        // Random ids, keys and hashes hold digits by chance ("6789" in one
        // test run of fifty); they never hold what a person wrote.
        static const QStringList random = {QStringLiteral("salt"), QStringLiteral("email_hash"),
                                           QStringLiteral("public_key"), QStringLiteral("secret_key"),
                                           QStringLiteral("fingerprint")};
        if (name == QLatin1String("id") || name.endsWith(QLatin1String("_id")) || random.contains(name))
            continue;
        SqlQuery query(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 %3 '%' || ? || '%'")
                                  .arg(table, name, db.dialect().likeInsensitive()));
        query.bind(needle);
        const int here = scalar(query)->toInt();
        if (here > 0 && qEnvironmentVariableIsSet("DEBUG_OCC"))
            qWarning("%s has %s", qPrintable(column), qPrintable(needle));
        found += here;
    }
    return found;
}

} // namespace

// A TEXT column someone adds later must be classified: prose that may name a
// person (scrubbed on erasure) or a value that cannot (keys, enums, dates).
TEST_F(PersonalDataTest, EveryTextColumnIsClassified)
{
    const char *const structuredColumns[] = {
        "accounts.id", "accounts.name", "accounts.industry", "accounts.segment", "accounts.region",
        "accounts.country", "accounts.products", "accounts.customer_since", "accounts.renewal_date",
        "accounts.health", "accounts.owner_id", "accounts.external_id", "activity_types.name",
        "activity_types.barrier", "advocates.email", "advocates.email_key", "advocates.name", "advocates.phone",
        "advocates.language", "advocates.time_zone", "advocates.tier", "advocates.do_not_ask_until",
        "advocates.last_verified", "appreciations.kind", "appreciations.occurred_on", "asks.asked_on",
        "asks.answer", "asks.answered_on", "audit_events.entity_type", "audit_events.field", "audit_events.actor",
        "audit_events.occurred_at", "consents.asset", "consents.granted_on", "consents.expires_on",
        "consents.revoked_on", "feedback_items.source", "feedback_items.sentiment", "feedback_items.received_on",
        "nominations.nominated_by", "nominations.nominated_on", "nominations.status",
        "nominations.status_changed_at", "nps_responses.responded_on", "nps_responses.source",
        "participations.occurred_on", "participations.published_on", "participations.final_shared_on",
        "programme_settings.key", "programme_settings.value", "purchases.purchased_on", "referrals.referred_on",
        "referrals.status", "requests.industry", "requests.segment", "requests.region", "requests.product",
        "requests.needed_by", "requests.status", "requests.outcome", "requests.opened_on",
        "sync_aliases.table_name", "sync_exports.exported_at", "sync_exports.since", "sync_imports.exported_by",
        "sync_imports.exported_at", "sync_imports.imported_at", "tier_reviews.current_tier",
        "tier_reviews.recommended_tier", "tier_reviews.status", "tier_reviews.decided_tier",
        "tier_reviews.decided_by", "tier_reviews.decided_at", "touches.kind", "touches.occurred_on",
        "touches.logged_by", "users.name", "users.role", "advocate_notes.author", "erasure_ledger.salt",
        "erasure_ledger.email_hash", "erasure_ledger.erased_at", "sync_identity.public_key",
        "sync_identity.secret_key", "sync_trusted_keys.public_key", "sync_trusted_keys.author",
        "sync_trusted_keys.fingerprint", "sync_trusted_keys.trusted_at"};
    QStringList structured;
    for (const char *column : structuredColumns)
        structured << QString::fromLatin1(column);
    const QStringList prose = PersonalData::textColumns();
    for (const QString &column : textColumnsOf(temp.db())) {
        const QString name = column.section(QLatin1Char('.'), 1);
        if (name == QLatin1String("id") || name.endsWith(QLatin1String("_id")) || name == QLatin1String("created_at")
            || name == QLatin1String("updated_at"))
            continue;
        EXPECT_TRUE(prose.contains(column) || structured.contains(column))
            << column.toStdString() << " is neither scrubbed on erasure nor listed as structured";
    }
}

// The person is named in requests, asks, another advocate's nomination, audit
// reasons and stories, in Chinese inside Chinese text, and by phone number
// written several ways: after erasure, nowhere in the file.
TEST_F(PersonalDataTest, EraseFindsThePersonInEveryTextColumnInChineseAndByPhone)
{
    Services &s = temp.services();
    Advocate wu = temp.makeAdvocate(QStringLiteral("xinyi.wu@acme.example"), acme.id, QStringLiteral("吳欣怡"));
    wu.phone = QStringLiteral("+60 12-345 6789");
    ASSERT_TRUE(s.advocates().update(wu).ok());
    Request request;
    request.requester = QStringLiteral("吳欣怡 via Sam");
    request.opportunity = QStringLiteral("Renewal — call xinyi.wu@acme.example or 012 345 6789");
    request.activityTypeId = (*s.activityTypes().find(QStringLiteral("Reference call")))->id;
    auto created = s.requests().create(request);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    ASSERT_TRUE(s.nominations().nominate(ed.id, QStringLiteral("請聯繫吳欣怡處理, +60123456789")).ok());
    ASSERT_TRUE(s.advocates().addNote(ed.id, QStringLiteral("Edited by the team; phone (012) 345-6789")).ok());
    Advocate edNow = *s.advocates().get(ed.id);
    edNow.successStory = QStringLiteral("Thanks to 吳欣怡 the rollout took a week");
    ASSERT_TRUE(s.advocates().update(edNow).ok());
    ASSERT_TRUE(s.advocates().setTier(ed.id, Tier::Gold, QStringLiteral("吳欣怡推薦; 0123456789")).ok());

    ASSERT_TRUE(PersonalData(s.context()).erase(QStringLiteral("xinyi.wu@acme.example")).ok());
    EXPECT_EQ(occurrences(temp.db(), QStringLiteral("吳欣怡")), 0);
    EXPECT_EQ(occurrences(temp.db(), QStringLiteral("xinyi.wu")), 0);
    for (const char *digits : {"6789", "345 6789", "345-6789", "3456789"})
        EXPECT_EQ(occurrences(temp.db(), QString::fromLatin1(digits)), 0) << digits;
    EXPECT_GT(occurrences(temp.db(), QStringLiteral("Edited by the team")), 0) << "“Ed” is not a word of “Edited”";
    EXPECT_GT(occurrences(temp.db(), QStringLiteral("[erased]")), 4);
}

TEST_F(PersonalDataTest, TheLedgerKnowsTheErasedEmailWithoutHoldingIt)
{
    ASSERT_TRUE(PersonalData(temp.services().context()).erase(kEmail).ok());
    Result<ErasureLedger::Lookup> ledger = ErasureLedger(temp.services().context()).lookup();
    ASSERT_TRUE(ledger.ok());
    EXPECT_TRUE(ledger->contains(QStringLiteral("  MEI@Acme.example ")));
    EXPECT_FALSE(ledger->contains(QStringLiteral("ed@acme.example")));
    EXPECT_EQ(occurrences(temp.db(), QStringLiteral("mei@acme")), 0);
}
