// request new / match / ask / answer and due, through the real executable, on a
// small programme written through the core.
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

const QString kMei = QStringLiteral("mei@acme.example");
const QString kRaj = QStringLiteral("raj@acme.example");

void enrol(Services &services, const QString &accountId, const QString &email, const QString &ownerId,
           const QDate &doNotAskUntil = {})
{
    Advocate input;
    input.name = email.section(QLatin1Char('@'), 0, 0);
    input.email = email;
    input.accountId = accountId;
    input.ownerId = ownerId;
    input.doNotAskUntil = doNotAskUntil;
    input.lastVerified = QDate(2026, 6, 1);
    input.signalValues.values.fill(4);
    auto advocate = services.advocates().create(input);
    ASSERT_TRUE(advocate.ok()) << advocate.error().message.toStdString();
    ASSERT_TRUE(
        services.advocates().grantConsent(advocate->id, ConsentAsset::Reference, QDate(2026, 1, 1)).ok());
    auto nomination = services.nominations().nominate(advocate->id, QStringLiteral("Promoter"));
    ASSERT_TRUE(nomination.ok());
    for (auto to : {NominationStatus::InReview, NominationStatus::Cultivating, NominationStatus::Invited,
                    NominationStatus::Enrolled})
        ASSERT_TRUE(services.nominations().move(nomination->id, to, {}).ok());
}

// Mei may be asked; Raj asked not to be until July.
void writeProgramme(const QString &path)
{
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    const FixedClock clock(test::TempDatabase::pinnedNow());
    Services services(**db, clock, QStringLiteral("setup"));
    auto csm = services.users().create(QStringLiteral("Aisha"), UserRole::Csm);
    ASSERT_TRUE(csm.ok());
    Account account;
    account.name = QStringLiteral("Acme Sdn Bhd");
    account.industry = QStringLiteral("Logistics");
    account.region = QStringLiteral("APAC");
    auto created = services.accounts().create(account);
    ASSERT_TRUE(created.ok());
    enrol(services, created->id, kMei, csm->id);
    enrol(services, created->id, kRaj, csm->id, QDate(2026, 7, 1));
}

QStringList keysOf(const QJsonObject &object)
{
    return object.keys(); // sorted
}

} // namespace

class CliRequestTest : public test::CliFixture
{
protected:
    void SetUp() override { writeProgramme(database()); }

    CliResult cli(const QStringList &arguments) const { return runOn(database(), arguments); }

    QString newRequest(const QStringList &extra = {}) const
    {
        const CliResult result =
            cli(QStringList{QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--activity"),
                            QStringLiteral("Reference call")} +
                extra);
        EXPECT_EQ(result.exitCode, 0) << test::describe(result);
        return result.out.trimmed();
    }
};

TEST_F(CliRequestTest, NewPrintsTheIdAndRefusesBadInput)
{
    const QString id =
        newRequest({QStringLiteral("--industry"), QStringLiteral("Logistics"), QStringLiteral("--segment"),
                    QStringLiteral("enterprise"), QStringLiteral("--needed-by"), QStringLiteral("2026-07-01"),
                    QStringLiteral("--requester"), QStringLiteral("Siti"), QStringLiteral("--opportunity"),
                    QStringLiteral("Globex")});
    EXPECT_FALSE(QUuid::fromString(id).isNull()) << id.toStdString();

    const QByteArray before = test::fileHash(database());
    const CliResult unknown = cli({QStringLiteral("request"), QStringLiteral("new"),
                                   QStringLiteral("--activity"), QStringLiteral("Juggling")});
    EXPECT_EQ(unknown.exitCode, 1) << test::describe(unknown);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Juggling")));
    const CliResult badDate =
        cli({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--activity"),
             QStringLiteral("Webinar"), QStringLiteral("--needed-by"), QStringLiteral("soon")});
    EXPECT_EQ(badDate.exitCode, 2) << test::describe(badDate);
    const CliResult noActivity = cli({QStringLiteral("request"), QStringLiteral("new")});
    EXPECT_EQ(noActivity.exitCode, 2) << test::describe(noActivity);
    EXPECT_EQ(test::fileHash(database()), before);
}

TEST_F(CliRequestTest, MatchJsonHasExactlyTheDocumentedShape)
{
    const QString id = newRequest({QStringLiteral("--industry"), QStringLiteral("Logistics")});
    const CliResult result =
        cli({QStringLiteral("request"), QStringLiteral("match"), id, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << test::describe(result);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
    const QJsonObject root = document.object();
    EXPECT_EQ(keysOf(root), (QStringList{QStringLiteral("candidates"), QStringLiteral("excluded")}));
    const QJsonArray candidates = root.value(QStringLiteral("candidates")).toArray();
    ASSERT_EQ(candidates.size(), 1);
    const QJsonObject mei = candidates.first().toObject();
    EXPECT_EQ(keysOf(mei),
              (QStringList{QStringLiteral("email"), QStringLiteral("score"), QStringLiteral("why")}));
    EXPECT_EQ(mei.value(QStringLiteral("email")).toString(), kMei);
    // Fit 100 (industry), readiness 80: 0.6·100 + 0.4·80 = 92.
    EXPECT_EQ(mei.value(QStringLiteral("score")).toInt(), 92);
    EXPECT_TRUE(mei.value(QStringLiteral("why")).toString().contains(QStringLiteral("industry Logistics")));
    const QJsonArray excluded = root.value(QStringLiteral("excluded")).toArray();
    ASSERT_EQ(excluded.size(), 1);
    const QJsonObject raj = excluded.first().toObject();
    EXPECT_EQ(keysOf(raj), (QStringList{QStringLiteral("email"), QStringLiteral("reason")}));
    EXPECT_EQ(raj.value(QStringLiteral("email")).toString(), kRaj);
    EXPECT_EQ(raj.value(QStringLiteral("reason")).toString(), QStringLiteral("do not ask until 2026-07-01"));

    const CliResult text = cli({QStringLiteral("request"), QStringLiteral("match"), id});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(kMei) && text.out.contains(QStringLiteral("do not ask until 2026-07-01")));
    const CliResult missing =
        cli({QStringLiteral("request"), QStringLiteral("match"), QStringLiteral("nope")});
    EXPECT_EQ(missing.exitCode, 1);
}

TEST_F(CliRequestTest, AskAndAnswerAndRefusalsLeaveTheFileUnchanged)
{
    const QString id = newRequest();
    QByteArray before = test::fileHash(database());
    const CliResult excluded = cli({QStringLiteral("request"), QStringLiteral("ask"), id, kRaj});
    EXPECT_EQ(excluded.exitCode, 1) << test::describe(excluded);
    EXPECT_TRUE(excluded.err.contains(QStringLiteral("do not ask until"))) << excluded.err.toStdString();
    EXPECT_EQ(test::fileHash(database()), before);

    const CliResult ask = cli({QStringLiteral("request"), QStringLiteral("ask"), id, kMei});
    ASSERT_EQ(ask.exitCode, 0) << test::describe(ask);
    const CliResult notAsked =
        cli({QStringLiteral("request"), QStringLiteral("answer"), id, kRaj, QStringLiteral("accepted")});
    EXPECT_EQ(notAsked.exitCode, 1) << test::describe(notAsked);
    const CliResult badWord =
        cli({QStringLiteral("request"), QStringLiteral("answer"), id, kMei, QStringLiteral("maybe")});
    EXPECT_EQ(badWord.exitCode, 2) << test::describe(badWord);

    const CliResult declined =
        cli({QStringLiteral("request"), QStringLiteral("answer"), id, kMei, QStringLiteral("declined"),
             QStringLiteral("--reason"), QStringLiteral("Busy")});
    ASSERT_EQ(declined.exitCode, 0) << test::describe(declined);
    before = test::fileHash(database());
    const CliResult again =
        cli({QStringLiteral("request"), QStringLiteral("answer"), id, kMei, QStringLiteral("accepted")});
    EXPECT_EQ(again.exitCode, 1) << test::describe(again);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already answered"))) << again.err.toStdString();
    EXPECT_TRUE(again.out.isEmpty());
    EXPECT_EQ(test::fileHash(database()), before);

    // The decline is respected by the next reference-call request.
    const QString next = newRequest();
    const CliResult match =
        cli({QStringLiteral("request"), QStringLiteral("match"), next, QStringLiteral("--json")});
    const QJsonArray out =
        QJsonDocument::fromJson(match.out.toUtf8()).object().value(QStringLiteral("excluded")).toArray();
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(
        out.at(0).toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("declined Reference call on 2026-06-15 (not asked again for it until 2026-08-14)"));
}

TEST_F(CliRequestTest, DueListsDebtAsJsonAndRefusesAnUnknownCsm)
{
    const QString id = newRequest();
    ASSERT_EQ(cli({QStringLiteral("request"), QStringLiteral("ask"), id, kMei}).exitCode, 0);
    const CliResult due = cli(
        {QStringLiteral("due"), QStringLiteral("--csm"), QStringLiteral("Aisha"), QStringLiteral("--json")});
    ASSERT_EQ(due.exitCode, 0) << test::describe(due);
    const QJsonArray items = QJsonDocument::fromJson(due.out.toUtf8()).array();
    ASSERT_EQ(items.size(), 1) << due.out.toStdString(); // asked, never touched
    const QJsonObject item = items.first().toObject();
    EXPECT_EQ(keysOf(item),
              (QStringList{QStringLiteral("action"), QStringLiteral("csm"), QStringLiteral("due"),
                           QStringLiteral("email"), QStringLiteral("kind"), QStringLiteral("name")}));
    EXPECT_EQ(item.value(QStringLiteral("kind")).toString(), QStringLiteral("one_way"));
    EXPECT_EQ(item.value(QStringLiteral("email")).toString(), kMei);
    EXPECT_EQ(item.value(QStringLiteral("due")).toString(), QStringLiteral("2026-06-15"));

    const CliResult text = cli({QStringLiteral("due")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("one_way")));
    const CliResult unknown = cli({QStringLiteral("due"), QStringLiteral("--csm"), QStringLiteral("Nobody")});
    EXPECT_EQ(unknown.exitCode, 1) << test::describe(unknown);
}

TEST_F(CliRequestTest, ShowListsEveryoneAskedWithOwnerAnswerAndDates)
{
    const QString id = newRequest({QStringLiteral("--opportunity"), QStringLiteral("Globex")});
    ASSERT_EQ(cli({QStringLiteral("request"), QStringLiteral("ask"), id, kMei}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("request"), QStringLiteral("answer"), id, kMei, QStringLiteral("accepted")}).exitCode,
              0);

    const CliResult text = cli({QStringLiteral("request"), QStringLiteral("show"), id});
    ASSERT_EQ(text.exitCode, 0) << test::describe(text);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Globex"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Accepted"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(kMei) && text.out.contains(QStringLiteral("owner Aisha")) &&
                text.out.contains(QStringLiteral("asked 2026-06-15")) &&
                text.out.contains(QStringLiteral("accepted on 2026-06-15")))
        << text.out.toStdString();

    const CliResult json = cli({QStringLiteral("request"), QStringLiteral("show"), id, QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << test::describe(json);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    const QJsonArray asks = root.value(QStringLiteral("asks")).toArray();
    ASSERT_EQ(asks.size(), 1);
    const QJsonObject mei = asks.first().toObject();
    EXPECT_EQ(mei.value(QStringLiteral("email")).toString(), kMei);
    EXPECT_EQ(mei.value(QStringLiteral("owner")).toString(), QStringLiteral("Aisha"));
    EXPECT_EQ(mei.value(QStringLiteral("asked_on")).toString(), QStringLiteral("2026-06-15"));
    EXPECT_EQ(mei.value(QStringLiteral("answer")).toString(), QStringLiteral("accepted"));
    EXPECT_EQ(mei.value(QStringLiteral("answered_on")).toString(), QStringLiteral("2026-06-15"));
    EXPECT_TRUE(mei.value(QStringLiteral("contribution_id")).isNull());

    const CliResult missing = cli({QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("nope")});
    EXPECT_EQ(missing.exitCode, 1) << test::describe(missing);
}
