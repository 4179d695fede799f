#include "CliFixture.h"

#include "kpi/KpiEngine.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QProcess>

namespace ad::test {

CliFixture::CliFixture() : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.insert(QStringLiteral("ADVOCATEDESK_NOW"), QStringLiteral("2026-06-15T12:00:00Z"));
    m_environment.insert(QStringLiteral("ADVOCATEDESK_USER"), QStringLiteral("tester"));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path());
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

CliResult CliFixture::run(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(ADVOCATEDESK_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << "cannot start " << ADVOCATEDESK_CLI_PATH << ": "
                      << process.errorString().toStdString();
        return result;
    }
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        ADD_FAILURE() << "advocatedesk-cli did not finish normally: "
                      << arguments.join(QLatin1Char(' ')).toStdString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult CliFixture::runOn(const QString &databasePath, const QStringList &arguments) const
{
    return run(arguments + QStringList{QStringLiteral("--database"), databasePath});
}

void CliFixture::makeDemo(const QString &databasePath, int advocates, int seed) const
{
    const CliResult demo =
        runOn(databasePath, {QStringLiteral("demo"), QStringLiteral("--advocates"),
                             QString::number(advocates), QStringLiteral("--seed"), QString::number(seed)});
    ASSERT_EQ(demo.exitCode, 0) << describe(demo);
}

QString CliFixture::firstAdvocateEmail(const QString &databasePath) const
{
    auto db = Database::open(databasePath);
    if (!db) {
        ADD_FAILURE() << db.error().message.toStdString();
        return {};
    }
    const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
    Services services(**db, clock, QStringLiteral("tester"));
    auto rows = services.directory().page(DirectoryQuery{}, 0, 1);
    if (!rows || rows->isEmpty()) {
        ADD_FAILURE() << "no advocate in " << databasePath.toStdString();
        return {};
    }
    return rows->first().email;
}

KpiReport CliFixture::coreReport(const KpiQuery &query) const
{
    auto db = Database::open(database());
    EXPECT_TRUE(db.ok());
    if (!db)
        return {};
    const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
    Services services(**db, clock, QStringLiteral("tester"));
    auto report = KpiEngine(services.context(), services.rules()).compute(query);
    EXPECT_TRUE(report.ok());
    return report.ok() ? *report : KpiReport{};
}

QString CliFixture::runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

std::string describe(const CliResult &result)
{
    return "exit " + std::to_string(result.exitCode) + "\nstdout:\n" + result.out.toStdString() +
           "\nstderr:\n" + result.err.toStdString();
}

} // namespace ad::test
