// stats, search and advocate show on a demo programme.
#include "CliFixture.h"
#include "TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ad;
using test::CliResult;

namespace {

QJsonDocument parseJson(const CliResult &result)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
    return json;
}

// "Tan Mei Ling" → "Tan Mei Lin": every word shortened to a prefix.
QString namePrefix(const QString &name)
{
    QStringList words;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << (word.size() > 3 ? word.left(word.size() - 1) : word);
    return words.join(QLatin1Char(' '));
}

} // namespace

class CliQueryTest : public test::CliFixture
{
protected:
    void SetUp() override
    {
        makeDemo(database(), 50, 7);
        email = firstAdvocateEmail(database());
        ASSERT_FALSE(email.isEmpty());
    }

    CliResult show(const QString &who, bool json = false) const
    {
        QStringList arguments{QStringLiteral("advocate"), QStringLiteral("show"), who};
        if (json)
            arguments << QStringLiteral("--json");
        return runOn(database(), arguments);
    }

    QString email;
};

TEST_F(CliQueryTest, StatsPrintsAnAlignedTableOfEveryEntity)
{
    const CliResult stats = runOn(database(), {QStringLiteral("stats")});
    ASSERT_EQ(stats.exitCode, 0) << test::describe(stats);
    const QStringList lines = stats.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 10);
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("Advocates"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral(" 50"))) << lines.at(1).toStdString();
    for (const QString &line : lines)
        EXPECT_EQ(line.size(), lines.first().size()) << line.toStdString();
}

TEST_F(CliQueryTest, SearchFindsAnAdvocateByTheStartOfTheirName)
{
    const CliResult profile = show(email, true);
    ASSERT_EQ(profile.exitCode, 0) << test::describe(profile);
    const QString name = parseJson(profile)
                             .object()
                             .value(QStringLiteral("advocate"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
    ASSERT_FALSE(name.isEmpty());

    const CliResult plain = runOn(database(), {QStringLiteral("search"), namePrefix(name)});
    ASSERT_EQ(plain.exitCode, 0) << test::describe(plain);
    EXPECT_TRUE(plain.out.contains(QStringLiteral("%1 <%2>").arg(name, email))) << plain.out.toStdString();

    const CliResult json =
        runOn(database(), {QStringLiteral("search"), namePrefix(name), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << test::describe(json);
    const QJsonArray hits = parseJson(json).array();
    ASSERT_FALSE(hits.isEmpty());
    bool found = false;
    for (const QJsonValue &hit : hits) {
        const QJsonObject object = hit.toObject();
        for (const char *key : {"id", "name", "email", "title", "account", "rank"})
            EXPECT_TRUE(object.contains(QLatin1String(key))) << key;
        found = found || object.value(QStringLiteral("email")).toString() == email;
    }
    EXPECT_TRUE(found) << json.out.toStdString();
}

TEST_F(CliQueryTest, SearchLimitCapsTheHits)
{
    const CliResult limited = runOn(database(), {QStringLiteral("search"), QStringLiteral("a"),
                                                 QStringLiteral("--limit"), QStringLiteral("3")});
    ASSERT_EQ(limited.exitCode, 0) << test::describe(limited);
    EXPECT_EQ(limited.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3)
        << limited.out.toStdString();
    const CliResult zero = runOn(database(), {QStringLiteral("search"), QStringLiteral("a"),
                                              QStringLiteral("--limit"), QStringLiteral("0")});
    EXPECT_EQ(zero.exitCode, 2) << test::describe(zero);
}

TEST_F(CliQueryTest, AdvocateShowPrintsTheProfileAndATimeline)
{
    const CliResult profile = show(email);
    ASSERT_EQ(profile.exitCode, 0) << test::describe(profile);
    for (const char *label : {"Name", "Email", "Title", "Account", "Tier", "Journey stage", "Latest NPS",
                              "Readiness", "Consents", "Nomination", "Timeline"})
        EXPECT_TRUE(profile.out.contains(QLatin1String(label))) << label;
    EXPECT_TRUE(profile.out.contains(email));
}

TEST_F(CliQueryTest, AdvocateShowJsonHasTheAdvocateAndATimelineNewestFirst)
{
    const CliResult profile = show(email.toUpper(), true); // emails match whatever their case
    ASSERT_EQ(profile.exitCode, 0) << test::describe(profile);
    const QJsonObject root = parseJson(profile).object();
    const QJsonObject advocate = root.value(QStringLiteral("advocate")).toObject();
    EXPECT_EQ(advocate.value(QStringLiteral("email")).toString(), email);
    for (const char *key : {"id", "name", "title", "account", "tier", "journey_stage", "latest_nps",
                            "readiness", "consents", "nomination"})
        EXPECT_TRUE(advocate.contains(QLatin1String(key))) << key;

    const QJsonArray timeline = root.value(QStringLiteral("timeline")).toArray();
    ASSERT_FALSE(timeline.isEmpty()) << profile.out.toStdString();
    QString previous;
    for (const QJsonValue &value : timeline) {
        const QJsonObject entry = value.toObject();
        const QString at = entry.value(QStringLiteral("at")).toString();
        EXPECT_TRUE(QDateTime::fromString(at, Qt::ISODate).isValid()) << at.toStdString();
        EXPECT_FALSE(entry.value(QStringLiteral("kind")).toString().isEmpty());
        EXPECT_FALSE(entry.value(QStringLiteral("summary")).toString().isEmpty());
        if (!previous.isEmpty()) {
            EXPECT_LE(at, previous); // ISO UTC text sorts as time
        }
        previous = at;
    }
}

TEST_F(CliQueryTest, AdvocateShowRefusesAnUnknownEmail)
{
    for (bool json : {false, true}) {
        const CliResult result = show(QStringLiteral("nobody@nowhere.example"), json);
        EXPECT_EQ(result.exitCode, 1) << test::describe(result);
        EXPECT_EQ(result.err.trimmed(),
                  QStringLiteral("advocatedesk-cli: No advocate with the email “nobody@nowhere.example”."));
        EXPECT_TRUE(result.out.isEmpty());
    }
}
