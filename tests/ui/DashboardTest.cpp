// The dashboard page over a demo programme: presets and filters driven with
// QTest, numbers compared with the core's, drill-downs, chart and report export
// (the report the GUI writes is the one the CLI writes).
#include "../cli/CliFixture.h"

#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardWorker.h"
#include "dashboard/KpiChartView.h"
#include "dashboard/KpiTile.h"
#include "dashboard/ProgrammeReport.h"
#include "kpi/KpiEngine.h"
#include "services/Services.h"
#include "storage/Database.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class DashboardTest : public test::CliFixture
{
protected:
    void SetUp() override
    {
        makeDemo(database(), 80, 7);
        auto opened = Database::open(database());
        ASSERT_TRUE(opened.ok());
        db = std::move(opened).value();
        services = std::make_unique<Services>(*db, clock, QStringLiteral("tester"));
        page = std::make_unique<DashboardPage>(*services);
        page->resize(1600, 1000);
        page->show();
        waitForNumbers();
    }

    void waitForNumbers()
    {
        QSignalSpy shown(page.get(), &DashboardPage::shownChanged);
        ASSERT_TRUE(shown.wait(60000)) << "the dashboard never showed its numbers";
    }

    KpiReport core(const KpiQuery &query)
    {
        auto report = KpiEngine(services->context(), services->rules()).compute(query);
        EXPECT_TRUE(report.ok());
        return report.ok() ? *report : KpiReport{};
    }

    KpiTile *tile(const QString &name) const
    {
        for (KpiTile *tile : page->tiles())
            if (tile->line().name == name)
                return tile;
        return nullptr;
    }

    QStringList listedIds() const
    {
        QStringList ids;
        const QAbstractItemModel *model = page->drillTable()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(Qt::UserRole + 1).toString();
        ids.sort();
        return ids;
    }

    QStringList coreIds(const KpiCell &cell)
    {
        auto rows = KpiEngine(services->context(), services->rules()).drillDown(page->shown()->query, cell);
        EXPECT_TRUE(rows.ok());
        QStringList ids;
        for (const KpiDrillRow &row : rows.ok() ? *rows : QList<KpiDrillRow>{})
            ids << row.id;
        ids.sort();
        return ids;
    }

    const QDate today{2026, 6, 15};
    FixedClock clock{QDateTime(today, QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> db;
    std::unique_ptr<Services> services;
    std::unique_ptr<DashboardPage> page;
};

TEST_F(DashboardTest, PresetsAndFiltersRecomputeWhatTheCoreComputes)
{
    // Opens on the last 365 days, with the previous 365 beside them.
    ASSERT_TRUE(page->shown());
    EXPECT_EQ(page->shown()->query.from, today.addDays(-364));
    EXPECT_EQ(page->shown()->query.to, today);
    KpiReport expected = core(page->shown()->query);
    EXPECT_EQ(page->shown()->current.participation.participants, expected.participation.participants);
    EXPECT_EQ(tile(QStringLiteral("Participation rate"))->valueText(),
              KpiSummary::percent(expected.participation.rate));
    const KpiReport before = core(previousPeriodOf(page->shown()->query));
    EXPECT_EQ(page->shown()->previous.nps.range, before.nps.range);

    // One step up the preset list: the last 90 days.
    page->presetBox()->setFocus();
    QTest::keyClick(page->presetBox(), Qt::Key_Up);
    waitForNumbers();
    EXPECT_EQ(page->shown()->query.from, today.addDays(-89));
    EXPECT_FALSE(page->fromEdit()->isEnabled());
    expected = core(page->shown()->query);
    EXPECT_EQ(page->shown()->current.askLoad.histogram, expected.askLoad.histogram);
    EXPECT_EQ(page->shown()->current.nps.range, expected.nps.range);

    // First segment in the filter.
    QTest::keyClick(page->segmentBox(), Qt::Key_Down);
    waitForNumbers();
    EXPECT_EQ(page->shown()->query.segment, QStringLiteral("smb"));
    expected = core(page->shown()->query);
    EXPECT_EQ(page->shown()->current.tiers, expected.tiers);
    EXPECT_EQ(page->shown()->current.participation.advocates, expected.participation.advocates);
    EXPECT_LT(expected.participation.advocates, 80);

    // Last quarter is a whole calendar quarter: 2026-01-01 .. 2026-03-31.
    page->presetBox()->setCurrentIndex(page->presetBox()->findText(QStringLiteral("Last quarter")));
    waitForNumbers();
    EXPECT_EQ(page->shown()->query.from, QDate(2026, 1, 1));
    EXPECT_EQ(page->shown()->query.to, QDate(2026, 3, 31));

    // Custom: the date fields open up and drive the range.
    page->presetBox()->setCurrentIndex(page->presetBox()->findText(QStringLiteral("Custom range")));
    waitForNumbers();
    ASSERT_TRUE(page->fromEdit()->isEnabled());
    page->fromEdit()->setDate(QDate(2026, 2, 1));
    waitForNumbers();
    EXPECT_EQ(page->shown()->query.from, QDate(2026, 2, 1));
    EXPECT_EQ(page->shown()->current.contributions.size(), core(page->shown()->query).contributions.size());
}

TEST_F(DashboardTest, ATileAndABarListExactlyWhatTheyCountedAndOpenTheProfile)
{
    KpiTile *participation = tile(QStringLiteral("Participation rate"));
    ASSERT_TRUE(participation);
    QTest::mouseClick(participation, Qt::LeftButton);
    ASSERT_TRUE(page->drillTable()->isVisible());
    const QStringList participants = coreIds(KpiCell{KpiCell::Kind::Participants});
    EXPECT_EQ(listedIds(), participants);
    EXPECT_EQ(participants.size(), page->shown()->current.participation.participants);

    // Double-clicking a listed advocate asks for the profile.
    ASSERT_GT(page->drillTable()->model()->rowCount(), 0);
    QSignalSpy opened(page.get(), &DashboardPage::advocateActivated);
    const QModelIndex first = page->drillTable()->model()->index(0, 0);
    const QPoint at = page->drillTable()->visualRect(first).center();
    QTest::mouseClick(page->drillTable()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(page->drillTable()->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().first().toString(), first.data(Qt::UserRole + 1).toString());

    // A bar of the ask-load histogram: the advocates asked 3 or more times.
    auto *series = qobject_cast<QAbstractBarSeries *>(
        page->chart(QStringLiteral("ask-load"))->chart()->series().first());
    ASSERT_TRUE(series);
    emit series->clicked(3, series->barSets().first());
    EXPECT_EQ(listedIds().size(), page->shown()->current.askLoad.histogram[3]);
    EXPECT_EQ(listedIds(), coreIds(KpiCell{KpiCell::Kind::AskLoad, QStringLiteral("3")}));
    EXPECT_TRUE(page->drillTitle()->text().contains(QStringLiteral("3 or more asks")));
}

TEST_F(DashboardTest, ChartsExportAsPngAndSvgAndTheReportMatchesTheCli)
{
    KpiChartView *tiers = page->chart(QStringLiteral("tiers"));
    ASSERT_TRUE(tiers);
    const QString png = path(QStringLiteral("tiers.png"));
    const QString svg = path(QStringLiteral("tiers.svg"));
    ASSERT_TRUE(tiers->savePng(png).ok());
    ASSERT_TRUE(tiers->saveSvg(svg).ok());
    const QImage image(png);
    EXPECT_EQ(image.size(), tiers->size());
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    EXPECT_TRUE(svgText.contains("<svg"));
    EXPECT_TRUE(svgText.contains("Tier distribution"));

    // The GUI's report and the CLI's, for the same range: the same document text.
    const QString gui = path(QStringLiteral("gui.pdf"));
    ASSERT_TRUE(page->exportReport(gui).ok());
    const QString from = page->shown()->query.from.toString(Qt::ISODate);
    const QString to = page->shown()->query.to.toString(Qt::ISODate);
    const QString cli = path(QStringLiteral("cli.pdf"));
    const test::CliResult report =
        runOn(database(), {QStringLiteral("report"), QStringLiteral("--out"), cli, QStringLiteral("--from"),
                           from, QStringLiteral("--to"), to});
    ASSERT_EQ(report.exitCode, 0) << test::describe(report);
    const QString guiText =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), gui, QStringLiteral("-")});
    const QString cliText =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), cli, QStringLiteral("-")});
    EXPECT_TRUE(guiText.contains(ProgrammeReport::title()));
    EXPECT_TRUE(guiText.contains(QStringLiteral("%1 to %2").arg(from, to)));
    EXPECT_EQ(guiText, cliText);
    const QString info = runTool(QStringLiteral("pdfinfo"), {gui});
    EXPECT_TRUE(info.contains(
        QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(ProgrammeReport::pageCount()))))
        << info.toStdString();
}

TEST_F(DashboardTest, ChartsFlowIntoOneColumnWhenNarrowAndFollowADarkPalette)
{
    KpiChartView *nps = page->chart(QStringLiteral("nps"));
    KpiChartView *funnel = page->chart(QStringLiteral("funnel"));
    ASSERT_TRUE(nps && funnel);
    page->resize(1600, 1000);
    QApplication::processEvents();
    EXPECT_EQ(nps->y(), funnel->y()); // side by side
    page->resize(760, 700);
    QApplication::processEvents();
    EXPECT_EQ(nps->x(), funnel->x()); // one above the other
    EXPECT_GT(funnel->y(), nps->y());

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2d, 0x31));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    page->setPalette(dark);
    QApplication::processEvents();
    EXPECT_EQ(nps->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    EXPECT_EQ(nps->chart()->titleBrush().color(), dark.color(QPalette::Text));

    // ADVOCATEDESK_SCREENSHOT_DIR=/tmp/shots keeps pictures to look at.
    if (const QString shots = qEnvironmentVariable("ADVOCATEDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        page->resize(1024, 700);
        QApplication::processEvents();
        page->grab().save(shots + QStringLiteral("/dashboard-dark-1024.png"));
        page->setPalette(QPalette());
        QApplication::processEvents();
        page->grab().save(shots + QStringLiteral("/dashboard-light-1024.png"));
    }
}

TEST_F(DashboardTest, ANewerQuestionDropsTheAnswerToTheOlderOne)
{
    DashboardWorker worker(database(), clock);
    QList<QDate> answered;
    QObject::connect(&worker, &DashboardWorker::computed, &worker,
                     [&](const Result<DashboardResult> &outcome) {
                         ASSERT_TRUE(outcome.ok());
                         answered << outcome->query.from;
                     });
    const KpiQuery older{.from = today.addDays(-364), .to = today};
    const KpiQuery newer{.from = today.addDays(-29), .to = today};
    worker.request(older, services->rules());
    worker.request(newer, services->rules()); // while the first still runs
    ASSERT_TRUE(QTest::qWaitFor([&] { return !answered.isEmpty(); }, 60000));
    EXPECT_FALSE(worker.isBusy()); // nothing left that could answer later
    EXPECT_EQ(answered, QList<QDate>{newer.from});
}

} // namespace
