// nominate on an advocate created through the core, as the GUI would.
#include "CliFixture.h"
#include "TempDatabase.h"

#include "services/Services.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace ad;
using test::CliResult;

namespace {

const QString kEmail = QStringLiteral("mei@acme.example");

// Creates the file with one account and one advocate, and closes it again.
void writeOneAdvocate(const QString &path)
{
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    const FixedClock clock(test::TempDatabase::pinnedNow());
    Services services(**db, clock, QStringLiteral("setup"));
    Account account;
    account.name = QStringLiteral("Acme Sdn Bhd");
    auto created = services.accounts().create(account);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    Advocate advocate;
    advocate.name = QStringLiteral("Mei Ling Tan");
    advocate.email = kEmail;
    advocate.accountId = created->id;
    auto added = services.advocates().create(advocate);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
}

} // namespace

class CliNominateTest : public test::CliFixture
{
protected:
    void SetUp() override { writeOneAdvocate(database()); }

    CliResult nominate(const QStringList &arguments) const
    {
        return runOn(database(), QStringList{QStringLiteral("nominate")} + arguments);
    }
};

TEST_F(CliNominateTest, NominatesOnceAndRefusesTheSecondTimeWithoutWriting)
{
    const CliResult first =
        nominate({kEmail, QStringLiteral("--evidence"), QStringLiteral("Promoter at the QBR")});
    ASSERT_EQ(first.exitCode, 0) << test::describe(first);
    const QString id = first.out.trimmed();
    EXPECT_FALSE(QUuid::fromString(id).isNull()) << id.toStdString();

    {
        auto db = Database::open(database());
        ASSERT_TRUE(db.ok());
        const FixedClock clock(test::TempDatabase::pinnedNow());
        Services services(**db, clock, QStringLiteral("check"));
        auto nomination = services.nominations().get(id);
        ASSERT_TRUE(nomination.ok()) << nomination.error().message.toStdString();
        EXPECT_EQ(nomination->evidence, QStringLiteral("Promoter at the QBR"));
        EXPECT_EQ(nomination->nominatedBy, QStringLiteral("tester"));      // ADVOCATEDESK_USER
        EXPECT_EQ(nomination->createdAt, test::TempDatabase::pinnedNow()); // ADVOCATEDESK_NOW
    }

    const QByteArray before = test::fileHash(database());
    const CliResult second = nominate({kEmail, QStringLiteral("--evidence"), QStringLiteral("Again")});
    EXPECT_EQ(second.exitCode, 1) << test::describe(second);
    EXPECT_TRUE(second.err.contains(QStringLiteral("already in the nomination pipeline")))
        << second.err.toStdString();
    EXPECT_TRUE(second.out.isEmpty());
    EXPECT_EQ(test::fileHash(database()), before);
}

TEST_F(CliNominateTest, TheNominationShowsOnTheTimeline)
{
    ASSERT_EQ(nominate({QStringLiteral("--evidence=Spoke at the summit"), kEmail}).exitCode, 0);
    const CliResult profile = runOn(
        database(), {QStringLiteral("advocate"), QStringLiteral("show"), kEmail, QStringLiteral("--json")});
    ASSERT_EQ(profile.exitCode, 0) << test::describe(profile);
    const QJsonObject root = QJsonDocument::fromJson(profile.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("advocate"))
                  .toObject()
                  .value(QStringLiteral("nomination"))
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("nominated"));
    const QJsonArray timeline = root.value(QStringLiteral("timeline")).toArray();
    ASSERT_EQ(timeline.size(), 1) << profile.out.toStdString();
    const QJsonObject entry = timeline.first().toObject();
    EXPECT_EQ(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("nomination"));
    EXPECT_EQ(entry.value(QStringLiteral("at")).toString(), QStringLiteral("2026-06-15T12:00:00Z"));
    EXPECT_TRUE(
        entry.value(QStringLiteral("summary")).toString().contains(QStringLiteral("Spoke at the summit")));
}

TEST_F(CliNominateTest, MissingEvidenceIsAUsageError)
{
    const QByteArray before = test::fileHash(database());
    const CliResult result = nominate({kEmail});
    EXPECT_EQ(result.exitCode, 2) << test::describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--evidence"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("Run 'advocatedesk-cli help nominate'.")))
        << result.err.toStdString();
    EXPECT_EQ(test::fileHash(database()), before);
}

TEST_F(CliNominateTest, EmptyEvidenceAndUnknownEmailAreRefused)
{
    const QByteArray before = test::fileHash(database());
    const CliResult empty = nominate({kEmail, QStringLiteral("--evidence"), QStringLiteral("   ")});
    EXPECT_EQ(empty.exitCode, 1) << test::describe(empty);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("Evidence is required"))) << empty.err.toStdString();

    const CliResult unknown = nominate(
        {QStringLiteral("nobody@acme.example"), QStringLiteral("--evidence"), QStringLiteral("Keen")});
    EXPECT_EQ(unknown.exitCode, 1) << test::describe(unknown);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("No advocate with the email “nobody@acme.example”.")))
        << unknown.err.toStdString();
    EXPECT_EQ(test::fileHash(database()), before);
}
