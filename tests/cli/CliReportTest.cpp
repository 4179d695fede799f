// report through the real executable: a valid PDF with the expected pages and text.
#include "CliFixture.h"

#include "dashboard/KpiSummary.h"
#include "dashboard/ProgrammeReport.h"
#include "kpi/KpiEngine.h"
#include "services/Services.h"
#include "storage/Database.h"

#include <QFile>
#include <QRegularExpression>

using namespace ad;
using test::CliResult;

namespace {

class CliReportTest : public test::CliFixture
{
protected:
    void SetUp() override { makeDemo(database(), 50, 7); }
};

TEST_F(CliReportTest, WritesAValidPdfWithTitleRangeAndKpiValues)
{
    const QString pdf = path(QStringLiteral("review.pdf"));
    const CliResult report = runOn(database(), {QStringLiteral("report"), QStringLiteral("--out"), pdf,
                                                QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                                QStringLiteral("--to"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(report.exitCode, 0) << test::describe(report);
    EXPECT_TRUE(report.out.contains(pdf)) << report.out.toStdString();

    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(
        QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(ProgrammeReport::pageCount()))))
        << info.toStdString();
    EXPECT_TRUE(info.contains(ProgrammeReport::title()));

    const QString text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(ProgrammeReport::title()));
    EXPECT_TRUE(text.contains(QStringLiteral("2026-01-01 to 2026-03-31")));
    EXPECT_TRUE(text.contains(QStringLiteral("All advocates")));
    // Each KPI line with this quarter and the one before: the core's numbers.
    const KpiQuery query{.from = QDate(2026, 1, 1), .to = QDate(2026, 3, 31)};
    const QList<KpiLine> lines =
        KpiSummary::lines(coreReport(query), coreReport(previousPeriodOf(query)), QStringLiteral("USD"));
    ASSERT_FALSE(lines.isEmpty());
    for (const KpiLine &line : lines) {
        const QRegularExpression row(QStringLiteral("%1\\s+%2\\s+%3")
                                         .arg(QRegularExpression::escape(line.name),
                                              QRegularExpression::escape(line.currentFull),
                                              QRegularExpression::escape(line.previousFull)));
        EXPECT_TRUE(text.contains(row)) << line.name.toStdString() << ": " << line.currentFull.toStdString()
                                        << " / " << line.previousFull.toStdString();
    }
}

TEST_F(CliReportTest, AnUnknownCsmABadDateOrNoOutFileWriteNothing)
{
    const QString pdf = path(QStringLiteral("csm.pdf"));
    const CliResult unknown = runOn(database(), {QStringLiteral("report"), QStringLiteral("--out"), pdf,
                                                 QStringLiteral("--csm"), QStringLiteral("Nobody Here")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Nobody Here"))) << unknown.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    const CliResult badDate = runOn(database(), {QStringLiteral("report"), QStringLiteral("--out"), pdf,
                                                 QStringLiteral("--from"), QStringLiteral("January")});
    EXPECT_EQ(badDate.exitCode, 2);
    const CliResult noOut = runOn(database(), {QStringLiteral("report")});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_FALSE(QFile::exists(pdf));
}

} // namespace
