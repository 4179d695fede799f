// sync-export / sync-import between two database files, through the real executable.
#include "CliFixture.h"
#include "TempDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ad;
using test::CliResult;

class CliSyncTest : public test::CliFixture
{
protected:
    QString mine() const { return path(QStringLiteral("mine.sqlite")); }
    QString theirs() const { return path(QStringLiteral("theirs.sqlite")); }

    void SetUp() override
    {
        ASSERT_EQ(runOn(mine(), {QStringLiteral("init")}).exitCode, 0);
        ASSERT_EQ(runOn(theirs(), {QStringLiteral("init")}).exitCode, 0);
        QFile csv(path(QStringLiteral("people.csv")));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("email,name,account\nmei@acme.example,Mei Ling Tan,Acme\n");
        csv.close();
        ASSERT_EQ(runOn(theirs(), {QStringLiteral("import"), QStringLiteral("advocates"), csv.fileName()}).exitCode, 0);
        const CliResult key = runOn(theirs(), {QStringLiteral("sync-key"), QStringLiteral("--json")});
        ASSERT_EQ(key.exitCode, 0) << test::describe(key);
        theirFingerprint = QJsonDocument::fromJson(key.out.toUtf8()).object().value(QStringLiteral("fingerprint")).toString();
        ASSERT_FALSE(theirFingerprint.isEmpty());
    }

    QString theirFingerprint;
};

TEST_F(CliSyncTest, ExportThenImportTwiceIsIdempotent)
{
    const QString bundle = path(QStringLiteral("bundle.json"));
    const CliResult exported = runOn(theirs(), {QStringLiteral("sync-export"), QStringLiteral("--out"), bundle});
    ASSERT_EQ(exported.exitCode, 0) << test::describe(exported);
    EXPECT_TRUE(exported.out.contains(QStringLiteral("Wrote all"))) << exported.out.toStdString();
    EXPECT_EQ(QFile::permissions(bundle) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

    // Their first bundle: nothing merges until their key's fingerprint is accepted.
    const QByteArray untouched = test::fileHash(mine());
    const CliResult unknown = runOn(mine(), {QStringLiteral("sync-import"), bundle});
    EXPECT_EQ(unknown.exitCode, 1) << test::describe(unknown);
    EXPECT_TRUE(unknown.err.contains(theirFingerprint)) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("--trust"))) << unknown.err.toStdString();
    EXPECT_EQ(test::fileHash(mine()), untouched);

    const CliResult first = runOn(mine(), {QStringLiteral("sync-import"), bundle, QStringLiteral("--json"),
                                           QStringLiteral("--trust"), theirFingerprint});
    ASSERT_EQ(first.exitCode, 0) << test::describe(first);
    const QJsonObject report = QJsonDocument::fromJson(first.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("inserted")).toInt(), 2); // the account and the advocate
    const CliResult found = runOn(mine(), {QStringLiteral("search"), QStringLiteral("mei")});
    EXPECT_TRUE(found.out.contains(QStringLiteral("mei@acme.example"))) << found.out.toStdString();

    const QByteArray before = test::fileHash(mine());
    const CliResult second = runOn(mine(), {QStringLiteral("sync-import"), bundle});
    ASSERT_EQ(second.exitCode, 0) << test::describe(second);
    EXPECT_TRUE(second.out.contains(QStringLiteral("0 new, 0 updated"))) << second.out.toStdString();
    EXPECT_EQ(test::fileHash(mine()), before);

    const CliResult next = runOn(theirs(), {QStringLiteral("sync-export"), QStringLiteral("--out"),
                                            path(QStringLiteral("next.json"))});
    EXPECT_TRUE(next.out.contains(QStringLiteral("changed since"))) << next.out.toStdString();
}

TEST_F(CliSyncTest, NotABundleIsRefused)
{
    QFile junk(path(QStringLiteral("junk.json")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("{\"hello\": 1}");
    junk.close();
    const QByteArray before = test::fileHash(mine());
    const CliResult result = runOn(mine(), {QStringLiteral("sync-import"), junk.fileName()});
    EXPECT_EQ(result.exitCode, 1) << test::describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("not an Advocate Desk sync bundle"))) << result.err.toStdString();
    EXPECT_EQ(test::fileHash(mine()), before);
}

TEST_F(CliSyncTest, ConflictsAreListedAndNothingMergesUntilTheUserChooses)
{
    const QString first = path(QStringLiteral("first.json"));
    ASSERT_EQ(runOn(theirs(), {QStringLiteral("sync-export"), QStringLiteral("--out"), first}).exitCode, 0);
    ASSERT_EQ(runOn(mine(), {QStringLiteral("sync-import"), first, QStringLiteral("--trust"), theirFingerprint}).exitCode,
              0);

    // Both sides change Mei's title: theirs by import-update, mine too.
    auto retitle = [&](const QString &database, const char *title) {
        QFile csv(path(QStringLiteral("retitle.csv")));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write(QByteArray("email,name,account,title\nmei@acme.example,Mei Ling Tan,Acme,") + title + "\n");
        csv.close();
        const CliResult done = runOn(database, {QStringLiteral("import"), QStringLiteral("advocates"), csv.fileName(),
                                                QStringLiteral("--on-duplicate"), QStringLiteral("update")});
        ASSERT_EQ(done.exitCode, 0) << test::describe(done);
    };
    retitle(theirs(), "Their Title");
    retitle(mine(), "My Title");
    const QString second = path(QStringLiteral("second.json"));
    ASSERT_EQ(runOn(theirs(), {QStringLiteral("sync-export"), QStringLiteral("--out"), second}).exitCode, 0);

    const QByteArray before = test::fileHash(mine());
    const CliResult asked = runOn(mine(), {QStringLiteral("sync-import"), second});
    EXPECT_EQ(asked.exitCode, 1) << test::describe(asked);
    EXPECT_TRUE(asked.err.contains(QStringLiteral("conflict: advocates"))) << asked.err.toStdString();
    EXPECT_TRUE(asked.err.contains(QStringLiteral("title: mine “My Title”, theirs “Their Title”")))
        << asked.err.toStdString();
    EXPECT_TRUE(asked.err.contains(QStringLiteral("nothing was merged"))) << asked.err.toStdString();
    EXPECT_EQ(test::fileHash(mine()), before);

    EXPECT_EQ(runOn(mine(), {QStringLiteral("sync-import"), second, QStringLiteral("--on-conflict"),
                             QStringLiteral("sideways")})
                  .exitCode,
              2);
    const CliResult taken = runOn(mine(), {QStringLiteral("sync-import"), second, QStringLiteral("--on-conflict"),
                                           QStringLiteral("take-theirs")});
    ASSERT_EQ(taken.exitCode, 0) << test::describe(taken);
    const CliResult shown = runOn(mine(), {QStringLiteral("advocate"), QStringLiteral("show"),
                                           QStringLiteral("mei@acme.example")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Their Title"))) << shown.out.toStdString();
}
