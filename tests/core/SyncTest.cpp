// Sync bundles between two files: merge by UUID and updated_at, conflicts, idempotence, erasure.
#include "TempDatabase.h"
#include "io/PersonalData.h"
#include "io/SyncExporter.h"
#include "io/SyncImporter.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace ad;

class SyncTest : public ::testing::Test
{
protected:
    test::TempDatabase a; // the colleague who exports
    test::TempDatabase b; // the one who merges
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

TEST_F(SyncTest, BothChangedTheNewerWinsAndTheConflictIsReported)
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

    const SyncReport intoB = mergeInto(b, exportFrom(a));
    ASSERT_EQ(intoB.conflicts.size(), 1);
    EXPECT_EQ(intoB.conflicts.first().table, QStringLiteral("advocates"));
    EXPECT_EQ(intoB.conflicts.first().outcome, QStringLiteral("local"));
    EXPECT_EQ(intoB.keptLocal, 1);
    EXPECT_EQ(b.services().advocates().get(mei.id)->title, QStringLiteral("Title from B"));

    const SyncReport intoA = mergeInto(a, exportFrom(b));
    ASSERT_EQ(intoA.conflicts.size(), 1);
    EXPECT_EQ(intoA.conflicts.first().outcome, QStringLiteral("bundle"));
    EXPECT_EQ(a.services().advocates().get(mei.id)->title, QStringLiteral("Title from B"));
}

TEST_F(SyncTest, SamePersonCreatedOnBothSidesIsMatchedByEmail)
{
    const Advocate mine = b.makeAdvocate(QStringLiteral("mei@acme.example"), b.makeAccount().id);
    const Account acme = a.makeAccount();
    const Advocate theirs = a.makeAdvocate(QStringLiteral("MEI@acme.example"), acme.id);
    mergeInto(b, exportFrom(a));

    a.clock().advanceSeconds(60);
    ASSERT_TRUE(a.services().nps().record({{}, theirs.id, 10, {}, {}, {}}).ok());
    const SyncReport report = mergeInto(b, exportFrom(a));
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
    const SyncReport report = mergeInto(b, exportFrom(a));
    EXPECT_EQ(report.erasedHere, 1);
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

