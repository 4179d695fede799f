// person export / person erase through the real executable.
#include "CliFixture.h"
#include "TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ad;
using test::CliResult;

class CliPersonTest : public test::CliFixture
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(runOn(database(), {QStringLiteral("init")}).exitCode, 0);
        QFile csv(path(QStringLiteral("people.csv")));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("email,name,account\nmei@acme.example,Mei Ling Tan,Acme\ned@acme.example,Ed Wong,Acme\n");
        csv.close();
        const CliResult imported =
            runOn(database(), {QStringLiteral("import"), QStringLiteral("advocates"), csv.fileName()});
        ASSERT_EQ(imported.exitCode, 0) << test::describe(imported);
    }

    int advocates() const
    {
        const CliResult stats = runOn(database(), {QStringLiteral("stats"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("advocates")).toInt();
    }
};

TEST_F(CliPersonTest, ExportWritesThePersonAsJson)
{
    const QString out = path(QStringLiteral("mei.json"));
    const CliResult result = runOn(database(), {QStringLiteral("person"), QStringLiteral("export"),
                                                QStringLiteral("MEI@acme.example"), QStringLiteral("--out"), out});
    ASSERT_EQ(result.exitCode, 0) << test::describe(result);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(data.value(QStringLiteral("advocate")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Mei Ling Tan"));
    EXPECT_TRUE(data.value(QStringLiteral("consents")).isArray());
}

TEST_F(CliPersonTest, EraseNeedsYesThenRemovesThePerson)
{
    const QByteArray before = test::fileHash(database());
    const CliResult unconfirmed =
        runOn(database(), {QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("mei@acme.example")});
    EXPECT_EQ(unconfirmed.exitCode, 2) << test::describe(unconfirmed);
    EXPECT_EQ(test::fileHash(database()), before);

    const CliResult unknown = runOn(database(), {QStringLiteral("person"), QStringLiteral("erase"),
                                                 QStringLiteral("nobody@acme.example"), QStringLiteral("--yes")});
    EXPECT_EQ(unknown.exitCode, 1) << test::describe(unknown);
    EXPECT_EQ(test::fileHash(database()), before);

    const CliResult erased = runOn(database(), {QStringLiteral("person"), QStringLiteral("erase"),
                                                QStringLiteral("mei@acme.example"), QStringLiteral("--yes")});
    ASSERT_EQ(erased.exitCode, 0) << test::describe(erased);
    EXPECT_EQ(advocates(), 1);
    const CliResult search = runOn(database(), {QStringLiteral("search"), QStringLiteral("mei")});
    EXPECT_EQ(search.exitCode, 0);
    EXPECT_TRUE(search.out.trimmed().isEmpty()) << search.out.toStdString();
    const CliResult show = runOn(database(), {QStringLiteral("advocate"), QStringLiteral("show"),
                                              QStringLiteral("mei@acme.example")});
    EXPECT_EQ(show.exitCode, 1);
}

// An erased person stays erased: restoring a backup taken before, or merging a
// colleague's bundle that still holds them (under any id), erases them again;
// the rotating backups can be rewritten without them.
TEST_F(CliPersonTest, AnErasedPersonStaysErasedThroughRestoresBundlesAndBackups)
{
    const QString mei = QStringLiteral("mei@acme.example");
    const auto exists = [this](const QString &db, const QString &email) {
        return runOn(db, {QStringLiteral("advocate"), QStringLiteral("show"), email}).exitCode == 0;
    };
    const QString old = path(QStringLiteral("old.sqlite"));
    ASSERT_EQ(runOn(database(), {QStringLiteral("backup"), QStringLiteral("--out"), old}).exitCode, 0);
    ASSERT_EQ(runOn(database(), {QStringLiteral("backup")}).exitCode, 0); // one rotating copy

    // A colleague's file that has Mei under another id.
    const QString colleague = path(QStringLiteral("colleague.sqlite"));
    ASSERT_EQ(runOn(colleague, {QStringLiteral("init")}).exitCode, 0);
    ASSERT_EQ(runOn(colleague, {QStringLiteral("import"), QStringLiteral("advocates"), path(QStringLiteral("people.csv"))})
                  .exitCode,
              0);
    const QString bundle = path(QStringLiteral("colleague.json"));
    ASSERT_EQ(runOn(colleague, {QStringLiteral("sync-export"), QStringLiteral("--full"), QStringLiteral("--out"), bundle})
                  .exitCode,
              0);

    const CliResult erased = runOn(database(), {QStringLiteral("person"), QStringLiteral("erase"), mei,
                                                QStringLiteral("--yes")});
    ASSERT_EQ(erased.exitCode, 0) << test::describe(erased);
    EXPECT_TRUE(erased.out.contains(QStringLiteral("--scrub-backups"))) << erased.out.toStdString();

    const CliResult restored = runOn(database(), {QStringLiteral("restore"), old, QStringLiteral("--json")});
    ASSERT_EQ(restored.exitCode, 0) << test::describe(restored);
    EXPECT_EQ(QJsonDocument::fromJson(restored.out.toUtf8()).object().value(QStringLiteral("erased_again")).toInt(), 1);
    EXPECT_FALSE(exists(database(), mei)) << "restoring a backup brought the erased person back";
    EXPECT_TRUE(exists(database(), QStringLiteral("ed@acme.example")));

    const QString fingerprint = QJsonDocument::fromJson(runOn(colleague, {QStringLiteral("sync-key"), QStringLiteral("--json")})
                                                            .out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("fingerprint"))
                                    .toString();
    const CliResult merged = runOn(database(), {QStringLiteral("sync-import"), bundle, QStringLiteral("--on-conflict"),
                                                QStringLiteral("take-theirs"), QStringLiteral("--trust"), fingerprint});
    ASSERT_EQ(merged.exitCode, 0) << test::describe(merged);
    EXPECT_FALSE(exists(database(), mei)) << "an older bundle brought the erased person back";

    // The rotating backup and the restore's safety copy still hold her until rewritten.
    const QStringList copies = QDir(database() + QStringLiteral(".backups")).entryList({QStringLiteral("*.sqlite")});
    ASSERT_GE(copies.size(), 2);
    const CliResult scrubbed = runOn(database(), {QStringLiteral("person"), QStringLiteral("erase"),
                                                  QStringLiteral("ed@acme.example"), QStringLiteral("--yes"),
                                                  QStringLiteral("--scrub-backups"), QStringLiteral("--json")});
    ASSERT_EQ(scrubbed.exitCode, 0) << test::describe(scrubbed);
    EXPECT_GE(QJsonDocument::fromJson(scrubbed.out.toUtf8()).object().value(QStringLiteral("backups_rewritten")).toInt(), 1);
    for (const QString &copy : QDir(database() + QStringLiteral(".backups")).entryList({QStringLiteral("*.sqlite")})) {
        const QString copyPath = database() + QStringLiteral(".backups/") + copy;
        QFile bytes(copyPath);
        ASSERT_TRUE(bytes.open(QIODevice::ReadOnly));
        EXPECT_FALSE(bytes.readAll().contains("ed@acme.example")) << copy.toStdString();
    }
}
