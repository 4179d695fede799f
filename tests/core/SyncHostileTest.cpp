// A sync bundle is untrusted input. Each test takes an honest bundle from a
// colleague's file, changes it the way an attacker (or a broken tool) would,
// and checks that the merge refuses it, or confirms first, and writes nothing
// it may not write.
#include "TempDatabase.h"
#include "io/SyncExporter.h"
#include "io/SyncImporter.h"
#include "io/SyncSignature.h"
#include "services/Validation.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <functional>

using namespace ad;

namespace {

class SyncHostileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // B accepted A's key: the attacks below come from a trusted colleague's
        // file (or tool), and the checks must hold all the same.
        ASSERT_TRUE(SyncSignature(b.services().context()).trust(*SyncSignature(a.services().context()).own()).ok());
        acme = a.makeAccount();
        mei = a.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id, QStringLiteral("Mei Ling Tan"));
        ASSERT_TRUE(a.services().advocates().setTier(mei.id, Tier::Silver, QStringLiteral("A good year")).ok());
        Result<QJsonObject> built = SyncExporter(a.services().context()).build(QString());
        ASSERT_TRUE(built.ok());
        bundle = *built;
        Result<SyncReport> first = SyncImporter(b.services().context()).merge(bundle, QStringLiteral("honest.json"));
        ASSERT_TRUE(first.ok() && first->merged);
        bundle = *SyncExporter(a.services().context()).build(QString());
    }

    // Changes the rows of `table` in the bundle (and keeps row_count true).
    void editRows(const QString &table, const std::function<void(QJsonArray &)> &edit)
    {
        QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
        QJsonArray rows = tables.value(table).toArray();
        edit(rows);
        tables.insert(table, rows);
        bundle.insert(QStringLiteral("tables"), tables);
        int count = 0;
        for (const QJsonValue &list : tables)
            count += int(list.toArray().size());
        bundle.insert(QStringLiteral("row_count"), count);
    }

    QJsonObject newRow(const QString &table, const QJsonObject &values)
    {
        QJsonObject row = values;
        row.insert(QStringLiteral("id"), QStringLiteral("0f0f0f0f-0000-4000-8000-00000000000%1").arg(++rows));
        row.insert(QStringLiteral("created_at"), QStringLiteral("2026-06-15T12:00:00.000Z"));
        row.insert(QStringLiteral("updated_at"), QStringLiteral("2026-06-15T12:00:00.000Z"));
        (void)table;
        return row;
    }

    Result<SyncReport> merge(bool confirmed = false)
    {
        SyncDecisions decisions;
        decisions.all = ConflictChoice::TakeTheirs;
        decisions.confirmed = confirmed;
        // Signed again after the changes, as the colleague's program would.
        Result<QJsonObject> signed_ = SyncSignature(a.services().context()).sign(bundle);
        if (!signed_)
            return signed_.error();
        return SyncImporter(b.services().context()).merge(*signed_, QStringLiteral("hostile.json"), decisions);
    }

    test::TempDatabase a;
    test::TempDatabase b;
    Account acme;
    Advocate mei;
    QJsonObject bundle;
    int rows = 0;
};

TEST_F(SyncHostileTest, ABundleNeverPromotesAUser)
{
    ASSERT_TRUE(b.services().users().create(QStringLiteral("Chloe"), UserRole::Csm).ok());
    Result<std::optional<User>> chloe = b.services().users().findByName(QStringLiteral("Chloe"));
    editRows(QStringLiteral("users"), [&](QJsonArray &users) {
        QJsonObject promoted{{QStringLiteral("id"), (*chloe)->id},
                             {QStringLiteral("name"), QStringLiteral("Chloe")},
                             {QStringLiteral("role"), QStringLiteral("programme_manager")},
                             {QStringLiteral("created_at"), QStringLiteral("2026-06-15T12:00:00.000Z")},
                             {QStringLiteral("updated_at"), QStringLiteral("2026-06-15T13:00:00.000Z")}};
        users.append(promoted);
        users.append(newRow(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("Mallory")},
                                                      {QStringLiteral("role"), QStringLiteral("admin")}}));
    });
    Result<SyncReport> report = merge();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(b.services().users().findByName(QStringLiteral("Chloe"))->value().role, UserRole::Csm);
    EXPECT_FALSE(b.services().users().findByName(QStringLiteral("Mallory"))->has_value());
    EXPECT_EQ(report->usersIgnored, 1);
}

TEST_F(SyncHostileTest, ABundleNeverRewritesTheAuditLog)
{
    SqlQuery first(b.db(), QStringLiteral("SELECT id, reason FROM audit_events ORDER BY rowid LIMIT 1"));
    ASSERT_TRUE(first.exec().ok() && first.next());
    const QString id = first.value(0).toString();
    const QString reason = first.value(1).toString();
    first.raw().finish();
    editRows(QStringLiteral("audit_events"), [&](QJsonArray &events) {
        for (QJsonValueRef event : events) {
            QJsonObject row = event.toObject();
            if (row.value(QStringLiteral("id")).toString() == id) {
                row.insert(QStringLiteral("reason"), QStringLiteral("nothing happened here"));
                row.insert(QStringLiteral("updated_at"), QStringLiteral("2026-06-15T13:00:00.000Z"));
                event = row;
            }
        }
    });
    Result<SyncReport> report = merge();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    SqlQuery after(b.db(), QStringLiteral("SELECT reason FROM audit_events WHERE id = ?"));
    after.bind(id);
    EXPECT_EQ(scalar(after)->toString(), reason);
}

TEST_F(SyncHostileTest, AnInventedConsentWaitsForAPersonsYes)
{
    editRows(QStringLiteral("consents"), [&](QJsonArray &consents) {
        consents.append(newRow(QStringLiteral("consents"), {{QStringLiteral("advocate_id"), mei.id},
                                                            {QStringLiteral("asset"), QStringLiteral("name")},
                                                            {QStringLiteral("granted_on"), QStringLiteral("2026-01-01")}}));
    });
    const QString before = b.snapshot();
    Result<SyncReport> listed = merge();
    ASSERT_TRUE(listed.ok()) << listed.error().message.toStdString();
    EXPECT_FALSE(listed->merged);
    ASSERT_EQ(listed->toConfirm.size(), 1);
    EXPECT_TRUE(listed->toConfirm.first().contains(QStringLiteral("Mei Ling Tan")));
    EXPECT_EQ(b.snapshot(), before);
    Result<SyncReport> confirmed = merge(true);
    ASSERT_TRUE(confirmed.ok() && confirmed->merged);
    SqlQuery consents(b.db(), QStringLiteral("SELECT count(*) FROM consents WHERE advocate_id = ?"));
    consents.bind(mei.id);
    EXPECT_EQ(scalar(consents)->toInt(), 1);
}

TEST_F(SyncHostileTest, AFakeErasureMarkerIsAnErasureToConfirm)
{
    editRows(QStringLiteral("audit_events"), [&](QJsonArray &events) {
        events.append(newRow(QStringLiteral("audit_events"), {{QStringLiteral("entity_type"), QStringLiteral("advocate")},
                                                              {QStringLiteral("entity_id"), mei.id},
                                                              {QStringLiteral("field"), QStringLiteral("erased")},
                                                              {QStringLiteral("occurred_at"),
                                                               QStringLiteral("2026-06-15T12:00:00.000Z")}}));
    });
    const QString before = b.snapshot();
    Result<SyncReport> listed = merge();
    ASSERT_TRUE(listed.ok()) << listed.error().message.toStdString();
    EXPECT_FALSE(listed->merged);
    ASSERT_EQ(listed->toConfirm.size(), 1);
    EXPECT_TRUE(listed->toConfirm.first().contains(mei.email));
    EXPECT_EQ(b.snapshot(), before) << "no marker that would drop her later updates";
    EXPECT_TRUE(b.services().advocates().get(mei.id).ok());
}

TEST_F(SyncHostileTest, TheEmailKeyIsDerivedNeverTaken)
{
    editRows(QStringLiteral("advocates"), [&](QJsonArray &advocates) {
        advocates.append(newRow(QStringLiteral("advocates"), {{QStringLiteral("account_id"), acme.id},
                                                              {QStringLiteral("name"), QStringLiteral("Hidden Person")},
                                                              {QStringLiteral("email"), QStringLiteral("Hidden@Acme.example")},
                                                              {QStringLiteral("email_key"), QStringLiteral("nobody@nowhere")}}));
    });
    Result<SyncReport> report = merge();
    ASSERT_TRUE(report.ok() && report->merged) << (report ? "" : report.error().message.toStdString());
    Result<std::optional<Advocate>> found = b.services().advocates().findByEmail(QStringLiteral("hidden@acme.example"));
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->has_value()) << "findable for a subject-access or erasure request";
}

TEST_F(SyncHostileTest, InvalidRowsRefuseTheWholeBundleAndNameTheField)
{
    struct Case
    {
        const char *table;
        const char *column;
        QJsonValue value;
    };
    const Case cases[] = {
        {"advocates", "tier", QStringLiteral("emperor")},
        {"advocates", "journey_stage", 9},
        {"advocates", "email", QStringLiteral("not an email")},
        {"advocates", "name", QString(300, QLatin1Char('x'))},
        {"advocates", "title", QStringLiteral("Head\u202Eof ops")},
        {"advocates", "account_id", QStringLiteral("not-a-uuid")},
        {"advocates", "do_not_ask_until", QStringLiteral("next tuesday")},
        {"advocates", "updated_at", QStringLiteral("9999-01-01T00:00:00.000Z")},
    };
    const QJsonObject honest = bundle;
    const QString before = b.snapshot();
    for (const Case &c : cases) {
        bundle = honest;
        editRows(QString::fromLatin1(c.table), [&](QJsonArray &advocates) {
            QJsonObject row = advocates.at(0).toObject();
            row.insert(QString::fromLatin1(c.column), c.value);
            row.insert(QStringLiteral("title"), QString(row.value(QStringLiteral("title")).toString() + QStringLiteral("!")));
            if (QLatin1String(c.column) == QLatin1String("title"))
                row.insert(QStringLiteral("title"), c.value);
            advocates.replace(0, row);
        });
        Result<SyncReport> report = merge();
        ASSERT_FALSE(report.ok()) << c.column;
        EXPECT_TRUE(report.error().message.contains(QLatin1String(c.column))) << report.error().message.toStdString();
        EXPECT_TRUE(report.error().message.contains(QStringLiteral("tables.advocates[0]")))
            << report.error().message.toStdString();
        EXPECT_EQ(b.snapshot(), before) << c.column;
    }
}

TEST_F(SyncHostileTest, ARowThisFileCannotTakeRefusesTheBundleWithoutRawSql)
{
    editRows(QStringLiteral("nominations"), [&](QJsonArray &nominations) {
        nominations.append(newRow(QStringLiteral("nominations"),
                                  {{QStringLiteral("advocate_id"), QStringLiteral("0f0f0f0f-0000-4000-8000-0000000000ff")},
                                   {QStringLiteral("nominated_on"), QStringLiteral("2026-06-01")},
                                   {QStringLiteral("status"), QStringLiteral("nominated")},
                                   {QStringLiteral("status_changed_at"), QStringLiteral("2026-06-01T00:00:00.000Z")}}));
    });
    editRows(QStringLiteral("advocates"), [&](QJsonArray &advocates) { // and a change that must not land either
        QJsonObject row = advocates.at(0).toObject();
        row.insert(QStringLiteral("title"), QStringLiteral("Changed"));
        row.insert(QStringLiteral("updated_at"), QStringLiteral("2026-06-15T14:00:00.000Z"));
        advocates.replace(0, row);
    });
    const QString before = b.snapshot();
    Result<SyncReport> report = merge();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("tables.nominations")))
        << report.error().message.toStdString();
    EXPECT_FALSE(report.error().message.contains(QStringLiteral("constraint"))) << report.error().message.toStdString();
    EXPECT_EQ(b.snapshot(), before);
}

TEST_F(SyncHostileTest, ASinceInTheFarFutureOrAWrongCountIsRefused)
{
    const QJsonObject honest = bundle;
    bundle.insert(QStringLiteral("since"), QStringLiteral("9999-01-01T00:00:00.000Z"));
    EXPECT_FALSE(merge().ok());
    bundle = honest;
    bundle.insert(QStringLiteral("exported_at"), QStringLiteral("9999-01-01T00:00:00.000Z"));
    EXPECT_FALSE(merge().ok());
    bundle = honest;
    bundle.insert(QStringLiteral("row_count"), honest.value(QStringLiteral("row_count")).toInt() + 1);
    Result<SyncReport> cut = merge();
    ASSERT_FALSE(cut.ok());
    EXPECT_TRUE(cut.error().message.contains(QStringLiteral("row_count")));
    bundle = honest;
    editRows(QStringLiteral("advocates"), [](QJsonArray &advocates) { advocates.append(advocates.at(0)); });
    Result<SyncReport> twice = merge();
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("twice")));
    bundle = honest;
    bundle.insert(QStringLiteral("schema_version"), 99);
    EXPECT_EQ(merge().error().kind, ErrorKind::NewerVersion);
}

TEST_F(SyncHostileTest, AnUnsignedOrAlteredBundleIsRefused)
{
    const QString before = b.snapshot();
    QJsonObject unsigned_ = bundle;
    unsigned_.remove(QStringLiteral("signature"));
    Result<SyncReport> refused = SyncImporter(b.services().context()).merge(unsigned_, QStringLiteral("plain.json"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not signed"))) << refused.error().message.toStdString();

    QJsonObject altered = bundle; // signed, then changed
    QJsonObject tables = altered.value(QStringLiteral("tables")).toObject();
    QJsonArray advocates = tables.value(QStringLiteral("advocates")).toArray();
    QJsonObject row = advocates.at(0).toObject();
    row.insert(QStringLiteral("title"), QStringLiteral("Changed in transit"));
    advocates.replace(0, row);
    tables.insert(QStringLiteral("advocates"), advocates);
    altered.insert(QStringLiteral("tables"), tables);
    Result<SyncReport> tampered = SyncImporter(b.services().context()).merge(altered, QStringLiteral("altered.json"));
    ASSERT_FALSE(tampered.ok());
    EXPECT_TRUE(tampered.error().message.contains(QStringLiteral("changed after it was signed")));
    EXPECT_EQ(b.snapshot(), before);
}

TEST_F(SyncHostileTest, ANewColleaguesFirstBundleWaitsForTheirFingerprint)
{
    test::TempDatabase stranger;
    const Account shop = stranger.makeAccount(QStringLiteral("Stranger Shop"));
    stranger.makeAdvocate(QStringLiteral("new@stranger.example"), shop.id, QStringLiteral("New Person"));
    const QJsonObject theirs = *SyncExporter(stranger.services().context()).build(QString());
    const QString fingerprint = SyncSignature(stranger.services().context()).own()->fingerprint;
    const QString before = b.snapshot();
    Result<SyncReport> first = SyncImporter(b.services().context()).merge(theirs, QStringLiteral("stranger.json"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_FALSE(first->merged);
    EXPECT_TRUE(first->signerUnknown);
    EXPECT_EQ(first->signerFingerprint, fingerprint);
    EXPECT_EQ(b.snapshot(), before);

    SyncDecisions wrong;
    wrong.trustFingerprint = QStringLiteral("0000 0000");
    EXPECT_FALSE(SyncImporter(b.services().context()).merge(theirs, QStringLiteral("stranger.json"), wrong)->merged);
    SyncDecisions accepted;
    accepted.trustFingerprint = fingerprint;
    Result<SyncReport> merged = SyncImporter(b.services().context()).merge(theirs, QStringLiteral("stranger.json"), accepted);
    ASSERT_TRUE(merged.ok() && merged->merged);
    EXPECT_TRUE(b.services().advocates().findByEmail(QStringLiteral("new@stranger.example"))->has_value());
    // Accepted once: the next bundle from the same key merges without asking.
    EXPECT_TRUE(SyncImporter(b.services().context()).merge(theirs, QStringLiteral("stranger.json"))->merged);
}

} // namespace
