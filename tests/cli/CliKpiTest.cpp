// kpi through the real executable, on a demo programme.
#include "CliFixture.h"

#include "kpi/KpiEngine.h"
#include "services/Services.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ad;
using test::CliResult;

class CliKpiTest : public test::CliFixture
{
protected:
    void SetUp() override { makeDemo(database(), 50, 7); }

    QString firstCsm() const
    {
        auto db = Database::open(database());
        const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
        Services services(**db, clock, QStringLiteral("tester"));
        const auto users = services.users().list();
        EXPECT_TRUE(users.ok());
        for (const User &user : *users)
            if (user.role == UserRole::Csm)
                return user.name;
        return {};
    }
};

TEST_F(CliKpiTest, JsonIsKeyedByKpiAndDefaultsToTheLast365Days)
{
    const CliResult kpi = runOn(database(), {QStringLiteral("kpi"), QStringLiteral("--json")});
    ASSERT_EQ(kpi.exitCode, 0) << test::describe(kpi);
    const QJsonObject json = QJsonDocument::fromJson(kpi.out.toUtf8()).object();
    QStringList keys = json.keys();
    EXPECT_EQ(
        keys,
        (QStringList{QStringLiteral("ask_load"), QStringLiteral("contributions"), QStringLiteral("coverage"),
                     QStringLiteral("follow_up_debt"), QStringLiteral("funnel"), QStringLiteral("nps"),
                     QStringLiteral("nps_trend"), QStringLiteral("participation"), QStringLiteral("pipeline"),
                     QStringLiteral("range"), QStringLiteral("referrals"), QStringLiteral("retention"),
                     QStringLiteral("revenue"), QStringLiteral("tiers")}));
    const QJsonObject range = json.value(QStringLiteral("range")).toObject();
    EXPECT_EQ(range.value(QStringLiteral("from")).toString(), QStringLiteral("2025-06-16"));
    EXPECT_EQ(range.value(QStringLiteral("to")).toString(), QStringLiteral("2026-06-15"));

    const KpiReport expected = coreReport({.from = QDate(2025, 6, 16), .to = QDate(2026, 6, 15)});
    const QJsonObject participation = json.value(QStringLiteral("participation")).toObject();
    EXPECT_EQ(participation.value(QStringLiteral("advocates")).toInt(), 50);
    EXPECT_EQ(participation.value(QStringLiteral("participants")).toInt(),
              expected.participation.participants);
    EXPECT_EQ(json.value(QStringLiteral("nps")).toObject().value(QStringLiteral("promoters")).toInt(),
              expected.nps.range.promoters);
    EXPECT_EQ(json.value(QStringLiteral("ask_load")).toObject().value(QStringLiteral("fatigued")).toInt(),
              expected.askLoad.fatigued);
}

TEST_F(CliKpiTest, PlainOutputIsATableAndHonoursTheRangeAndCsm)
{
    const QString csm = firstCsm();
    ASSERT_FALSE(csm.isEmpty());
    const CliResult kpi = runOn(database(), {QStringLiteral("kpi"), QStringLiteral("--from"),
                                             QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                             QStringLiteral("2026-03-31"), QStringLiteral("--csm"), csm});
    ASSERT_EQ(kpi.exitCode, 0) << test::describe(kpi);
    EXPECT_TRUE(kpi.out.startsWith(QStringLiteral("KPIs from 2026-01-01 to 2026-03-31\n")))
        << kpi.out.toStdString();
    for (const QString &section :
         {QStringLiteral("NPS"), QStringLiteral("Journey funnel"), QStringLiteral("Participation"),
          QStringLiteral("Ask load"), QStringLiteral("Retention"), QStringLiteral("Follow-up debt")})
        EXPECT_TRUE(kpi.out.contains(QString(QLatin1Char('\n') + section))) << section.toStdString();

    const KpiReport expected = coreReport({.from = QDate(2026, 1, 1), .to = QDate(2026, 3, 31), .csm = csm});
    const QString participation = QStringLiteral("%1 of %2 advocates")
                                      .arg(expected.participation.participants)
                                      .arg(expected.participation.advocates);
    EXPECT_TRUE(kpi.out.contains(participation)) << kpi.out.toStdString();
    EXPECT_LT(expected.participation.advocates, 50); // the CSM filter applied
}

TEST_F(CliKpiTest, BadDateIsAUsageErrorAndUnknownCsmIsRefused)
{
    const CliResult badDate =
        runOn(database(), {QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-13-01")});
    EXPECT_EQ(badDate.exitCode, 2) << test::describe(badDate);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("2026-13-01")));
    EXPECT_TRUE(badDate.out.isEmpty());

    const CliResult backwards =
        runOn(database(), {QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-06-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-01-01")});
    EXPECT_EQ(backwards.exitCode, 1) << test::describe(backwards);

    const CliResult unknown =
        runOn(database(), {QStringLiteral("kpi"), QStringLiteral("--csm"), QStringLiteral("Nobody")});
    EXPECT_EQ(unknown.exitCode, 1) << test::describe(unknown);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Nobody")));

    const CliResult missing =
        run({QStringLiteral("kpi"), QStringLiteral("--database"), path(QStringLiteral("none.sqlite"))});
    EXPECT_EQ(missing.exitCode, 1) << test::describe(missing);
}
