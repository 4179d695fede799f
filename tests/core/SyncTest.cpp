// Sync bundles between two files: merge by UUID and updated_at, conflicts, idempotence, erasure.
#include "TempDatabase.h"
#include "io/PersonalData.h"
#include "io/SyncExporter.h"
#include "io/SyncImporter.h"
#include "io/SyncSignature.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QJsonObject>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <functional>

using namespace ad;

class SyncTest : public ::testing::Test
{
protected:
    test::TempDatabase a; // the colleague who exports
    test::TempDatabase b; // the one who merges

    // B has accepted A's key (its first bundle's fingerprint, compared in person).
    void SetUp() override
    {
        Result<SyncSignature::Signer> colleague = SyncSignature(a.services().context()).own();
        ASSERT_TRUE(colleague.ok());
        ASSERT_TRUE(SyncSignature(b.services().context()).trust(*colleague).ok());
    }

    static SyncDecisions keepMine()
    {
        SyncDecisions decisions;
        decisions.all = ConflictChoice::KeepMine;
        return decisions;
    }
    int bundles = 0;

    QString exportFrom(test::TempDatabase &from, bool full = false)
    {
        const QString path = from.dir() + QStringLiteral("/bundle-%1.json").arg(++bundles);
        auto summary = SyncExporter(from.services().context()).write(path, full);
        EXPECT_TRUE(summary.ok()) << summary.error().message.toStdString();
        return path;
    }

    SyncReport mergeInto(test::TempDatabase &into, const QString &path)
    {
        auto report = SyncImporter(into.services().context()).mergeFile(path);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        return report.ok() ? report.value() : SyncReport{};
    }

    QJsonObject read(const QString &path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // A snapshot without the bookkeeping of merges (and without the catalogue,
    // seeded in each file at its own creation time), to compare two files' data.
    static QString data(test::TempDatabase &db)
    {
        QStringList lines = db.snapshot().split(QLatin1Char('\n'));
        lines.removeIf([](const QString &line) {
            return line.startsWith(QLatin1String("sync_")) || line.startsWith(QLatin1String("activity_types|"));
        });
        // advocates.seq is each file's own row number: it never travels.
        for (QString &line : lines)
            if (line.startsWith(QLatin1String("advocates|")))
                line.remove(QRegularExpression(QStringLiteral("^advocates\\|\\d+")));
        lines.sort();
        return lines.join(QLatin1Char('\n'));
    }
};

TEST_F(SyncTest, FullBundleCreatesTheSameRowsUnderTheSameIdsAndIsIdempotent)
{
    const Account acme = a.makeAccount();
    const Advocate mei = a.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    ASSERT_TRUE(a.services().nps().record({{}, mei.id, 9, QStringLiteral("Good"), {}, {}}).ok());
    const QString bundle = exportFrom(a);
    const QJsonObject json = read(bundle);
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(), QStringLiteral("advocatedesk-sync"));
    EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_TRUE(json.value(QStringLiteral("since")).isNull());

    const SyncReport first = mergeInto(b, bundle);
    EXPECT_EQ(first.inserted, 3); // account, advocate, NPS response
    EXPECT_EQ(first.unchanged, 15); // the default activity catalogue: same ids in every file
    EXPECT_TRUE(first.conflicts.isEmpty());
    auto copy = b.services().advocates().get(mei.id);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(copy->email, mei.email);
    EXPECT_EQ(b.services().search().search(QStringLiteral("mei"), 5)->size(), 1);

    const QString before = b.snapshot();
    const SyncReport second = mergeInto(b, bundle);
    EXPECT_TRUE(second.seenBefore);
    EXPECT_EQ(second.inserted + second.updated, 0);
    EXPECT_EQ(b.snapshot(), before);
}

TEST_F(SyncTest, NextBundleHoldsOnlyLaterChanges)
{
    const Account acme = a.makeAccount();
    Advocate mei = a.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    a.makeAdvocate(QStringLiteral("ed@acme.example"), acme.id, QStringLiteral("Ed"));
    a.clock().advanceSeconds(1); // the export comes after the writes, as in real life
    mergeInto(b, exportFrom(a));

    a.clock().advanceSeconds(60);
    mei.title = QStringLiteral("COO");
    ASSERT_TRUE(a.services().advocates().update(mei).ok());
    const QString bundle = exportFrom(a);
    const QJsonObject tables = read(bundle).value(QStringLiteral("tables")).toObject();
    ASSERT_EQ(tables.value(QStringLiteral("advocates")).toArray().size(), 1);
    EXPECT_TRUE(tables.value(QStringLiteral("accounts")).toArray().isEmpty());

    const SyncReport report = mergeInto(b, bundle);
    EXPECT_EQ(report.updated, 1);
    EXPECT_TRUE(report.conflicts.isEmpty());
    EXPECT_EQ(b.services().advocates().get(mei.id)->title, QStringLiteral("COO"));
    EXPECT_EQ(data(a).toStdString(), data(b).toStdString()); // the two files now hold the same data
}

TEST_F(SyncTest, RowChangedOnBothSidesWaitsForTheUsersDecisionAndWritesNothingUntilThen)
{
    const Account acme = a.makeAccount();
    Advocate mei = a.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    mergeInto(b, exportFrom(a));

    a.clock().advanceSeconds(60);
    mei.title = QStringLiteral("Title from A");
    ASSERT_TRUE(a.services().advocates().update(mei).ok());
    b.clock().advanceSeconds(120);
    Advocate theirs = *b.services().advocates().get(mei.id);
    theirs.title = QStringLiteral("Title from B");
    ASSERT_TRUE(b.services().advocates().update(theirs).ok());

    const QString fromA = exportFrom(a);
    const QString before = b.snapshot();
    const SyncReport asked = mergeInto(b, fromA);
    EXPECT_FALSE(asked.merged);
    EXPECT_EQ(b.snapshot(), before) << "nothing is written while a conflict is undecided";
    ASSERT_EQ(asked.conflicts.size(), 1);
    const SyncConflict &conflict = asked.conflicts.first();
    EXPECT_EQ(conflict.table, QStringLiteral("advocates"));
    EXPECT_EQ(conflict.id, mei.id);
    EXPECT_EQ(conflict.outcome, QStringLiteral("undecided"));
    EXPECT_FALSE(conflict.record.isEmpty());
    ASSERT_EQ(conflict.fields.size(), 1);
    EXPECT_EQ(conflict.fields.first().column, QStringLiteral("title"));
    EXPECT_EQ(conflict.fields.first().mine, QStringLiteral("Title from B"));
    EXPECT_EQ(conflict.fields.first().theirs, QStringLiteral("Title from A"));

    // Take theirs for this row (although ours is newer).
    SyncDecisions take;
    take.byRow.insert(SyncDecisions::key(QStringLiteral("advocates"), mei.id), ConflictChoice::TakeTheirs);
    auto taken = SyncImporter(b.services().context()).mergeFile(fromA, take);
    ASSERT_TRUE(taken.ok());
    EXPECT_TRUE(taken->merged);
    EXPECT_EQ(taken->conflicts.first().outcome, QStringLiteral("bundle"));
    EXPECT_EQ(b.services().advocates().get(mei.id)->title, QStringLiteral("Title from A"));
    // The same bundle again: decided already, nothing changes and nothing is asked.
    const QString afterTake = b.snapshot();
    const SyncReport again = mergeInto(b, fromA);
    EXPECT_TRUE(again.merged);
    EXPECT_TRUE(again.seenBefore);
    EXPECT_EQ(b.snapshot(), afterTake);
}

TEST_F(SyncTest, KeepMineForAllKeepsEveryLocalVersion)
{
    const Account acme = a.makeAccount();
    Advocate mei = a.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    mergeInto(b, exportFrom(a));
    a.clock().advanceSeconds(180);
    mei.title = QStringLiteral("Newer title from A");
    ASSERT_TRUE(a.services().advocates().update(mei).ok());
    b.clock().advanceSeconds(60);
    Advocate theirs = *b.services().advocates().get(mei.id);
    theirs.title = QStringLiteral("Older title from B");
    ASSERT_TRUE(b.services().advocates().update(theirs).ok());

    const QString fromA = exportFrom(a);
    auto kept = SyncImporter(b.services().context()).mergeFile(fromA, keepMine());
    ASSERT_TRUE(kept.ok());
    EXPECT_TRUE(kept->merged);
    EXPECT_EQ(kept->keptLocal, 1);
    EXPECT_EQ(kept->conflicts.first().outcome, QStringLiteral("local"));
    EXPECT_EQ(b.services().advocates().get(mei.id)->title, QStringLiteral("Older title from B"));
}

TEST_F(SyncTest, TamperedBundlesAreRefusedWithAClearErrorAndChangeNothing)
{
    const Account acme = a.makeAccount();
    a.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    const QString good = exportFrom(a, true);
    QFile goodFile(good);
    ASSERT_TRUE(goodFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = goodFile.readAll();
    const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
    auto edited = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject copy = bundle;
        edit(copy);
        return QJsonDocument(copy).toJson();
    };
    auto editRow = [&](const QString &table, const std::function<void(QJsonObject &)> &edit) {
        return edited([&](QJsonObject &copy) {
            QJsonObject tables = copy.value(QStringLiteral("tables")).toObject();
            QJsonArray rows = tables.value(table).toArray();
            QJsonObject row = rows.first().toObject();
            edit(row);
            rows.replace(0, row);
            tables.insert(table, rows);
            copy.insert(QStringLiteral("tables"), tables);
        });
    };
    struct Case
    {
        const char *what;
        QByteArray bytes;
        const char *message;
    };
    const QList<Case> cases{
        {"newer version", edited([](QJsonObject &o) { o.insert(QStringLiteral("version"), 2); }), "newer"},
        {"version as text", edited([](QJsonObject &o) { o.insert(QStringLiteral("version"), QStringLiteral("1")); }),
         "version"},
        {"bad JSON", QByteArray("{\"format\": \"advocatedesk-sync\", "), "invalid JSON"},
        {"truncated", bytes.left(bytes.size() / 2), "invalid JSON"},
        {"tables as a list", edited([](QJsonObject &o) { o.insert(QStringLiteral("tables"), QJsonArray()); }),
         "tables"},
        {"unknown table", edited([](QJsonObject &o) {
             QJsonObject tables = o.value(QStringLiteral("tables")).toObject();
             tables.insert(QStringLiteral("secrets"), QJsonArray());
             o.insert(QStringLiteral("tables"), tables);
         }),
         "tables.secrets"},
        {"rows not a list", edited([](QJsonObject &o) {
             QJsonObject tables = o.value(QStringLiteral("tables")).toObject();
             tables.insert(QStringLiteral("advocates"), QJsonObject());
             o.insert(QStringLiteral("tables"), tables);
         }),
         "tables.advocates"},
        {"missing uuid", editRow(QStringLiteral("advocates"), [](QJsonObject &r) { r.remove(QStringLiteral("id")); }),
         "tables.advocates[0].id"},
        {"uuid not a uuid",
         editRow(QStringLiteral("advocates"), [](QJsonObject &r) { r.insert(QStringLiteral("id"), QStringLiteral("1 OR 1=1")); }),
         "tables.advocates[0].id"},
        {"cell of the wrong type",
         editRow(QStringLiteral("advocates"), [](QJsonObject &r) { r.insert(QStringLiteral("name"), QJsonArray{1, 2}); }),
         "tables.advocates[0].name"},
        {"missing updated_at",
         editRow(QStringLiteral("accounts"), [](QJsonObject &r) { r.remove(QStringLiteral("updated_at")); }),
         "tables.accounts[0].updated_at"},
        {"missing bundle id", edited([](QJsonObject &o) { o.remove(QStringLiteral("bundle_id")); }), "bundle_id"},
    };
    const QString before = b.snapshot();
    const QString path = b.dir() + QStringLiteral("/tampered.json");
    for (const Case &c : cases) {
        SCOPED_TRACE(c.what);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(c.bytes);
        file.close();
        auto report = SyncImporter(b.services().context()).mergeFile(path);
        ASSERT_FALSE(report.ok());
        EXPECT_TRUE(report.error().message.contains(QLatin1String(c.message))) << report.error().message.toStdString();
        EXPECT_TRUE(report.error().message.contains(QStringLiteral("tampered.json")));
        EXPECT_EQ(b.snapshot(), before);
    }
    // The untouched bundle still merges.
    EXPECT_EQ(mergeInto(b, good).inserted > 0, true);
}

TEST_F(SyncTest, SamePersonCreatedOnBothSidesIsMatchedByEmail)
{
    const Advocate mine = b.makeAdvocate(QStringLiteral("mei@acme.example"), b.makeAccount().id);
    const Account acme = a.makeAccount();
    const Advocate theirs = a.makeAdvocate(QStringLiteral("MEI@acme.example"), acme.id);
    // Created on both sides with different details: a conflict the user decides.
    const QString first = exportFrom(a);
    EXPECT_FALSE(mergeInto(b, first).merged);
    auto kept = SyncImporter(b.services().context()).mergeFile(first, keepMine());
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->matchedByKey, 2); // the account by name, the advocate by email

    a.clock().advanceSeconds(60);
    ASSERT_TRUE(a.services().nps().record({{}, theirs.id, 10, {}, {}, {}}).ok());
    // The score touched their advocate row again: still a conflict (both clocks
    // stand at the same instant), still kept mine; the score itself merges.
    auto merged = SyncImporter(b.services().context()).mergeFile(exportFrom(a), keepMine());
    ASSERT_TRUE(merged.ok());
    const SyncReport report = *merged;
    EXPECT_TRUE(report.merged);
    EXPECT_EQ(report.inserted, 1) << (report.conflicts.isEmpty() ? "" : report.conflicts.first().outcome.toStdString());
    auto history = b.services().nps().history(mine.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().score, 10);
    SqlQuery advocates(b.db(), QStringLiteral("SELECT count(*) FROM advocates"));
    EXPECT_EQ(scalar(advocates)->toInt(), 1);
}

TEST_F(SyncTest, AnErasureTravelsAndThePersonNeverComesBack)
{
    const Account acme = a.makeAccount();
    const Advocate mei = a.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    ASSERT_TRUE(a.services().nps().record({{}, mei.id, 9, {}, {}, {}}).ok());
    const QString oldBundle = exportFrom(a, true);
    mergeInto(b, oldBundle);

    ASSERT_TRUE(PersonalData(a.services().context()).erase(mei.email).ok());
    const QString erasing = exportFrom(a);
    // An erasure is never silent: it is listed, and nothing is written until confirmed.
    const QString before = b.snapshot();
    const SyncReport listed = mergeInto(b, erasing);
    EXPECT_FALSE(listed.merged);
    ASSERT_EQ(listed.toConfirm.size(), 1);
    EXPECT_TRUE(listed.toConfirm.first().contains(mei.email)) << listed.toConfirm.first().toStdString();
    EXPECT_EQ(b.snapshot(), before);
    SyncDecisions confirmed;
    confirmed.confirmed = true;
    auto report = SyncImporter(b.services().context()).mergeFile(erasing, confirmed);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->erasedHere, 1);
    EXPECT_FALSE(b.services().advocates().get(mei.id).ok());

    const SyncReport again = mergeInto(b, oldBundle); // a stale bundle still naming her
    EXPECT_EQ(again.inserted, 0);
    EXPECT_GE(again.skippedErased, 2);
    EXPECT_FALSE(b.snapshot().contains(QStringLiteral("mei@acme.example")));
}

TEST_F(SyncTest, WhatIsNotABundleIsRefusedWithoutWriting)
{
    const QString before = b.snapshot();
    const QString path = b.dir() + QStringLiteral("/x.json");
    for (const QByteArray &bytes : {QByteArray("not json"), QByteArray(R"({"format": "other", "tables": {}})"),
                                    QByteArray(R"({"format": "advocatedesk-sync", "version": 99, "tables": {}})")}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        auto report = SyncImporter(b.services().context()).mergeFile(path);
        EXPECT_FALSE(report.ok()) << bytes.toStdString();
    }
    EXPECT_EQ(b.snapshot(), before);
}

