// How the dashboard writes and draws: amounts with the currency symbol and the
// locale's separators (tiles and the PDF report), one colour per tier on cards,
// the donut and the report, every chart text in a dark palette's text colour,
// nothing cut short, and an empty programme that says so instead of "0 of 0".
#include "../cli/CliFixture.h"
#include "DefaultLocale.h"

#include "board/BoardModel.h"
#include "board/CardDelegate.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiChartView.h"
#include "dashboard/KpiTile.h"
#include "domain/Enums.h"
#include "services/Services.h"
#include "storage/Database.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class DashboardLookTest : public test::CliFixture
{
protected:
    void SetUp() override { makeDemo(database(), 80, 7); }

    // The page over `file`, shown at `size`, with its first numbers in.
    std::unique_ptr<DashboardPage> showPage(const QString &file, const QSize &size = {1600, 1000})
    {
        auto opened = Database::open(file);
        EXPECT_TRUE(opened.ok());
        if (!opened.ok())
            return nullptr;
        m_db = std::move(opened).value();
        m_services = std::make_unique<Services>(*m_db, m_clock, QStringLiteral("tester"));
        auto page = std::make_unique<DashboardPage>(*m_services);
        QSignalSpy shown(page.get(), &DashboardPage::shownChanged);
        page->resize(size);
        page->show();
        EXPECT_TRUE(shown.wait(60000)) << "the dashboard never showed its numbers";
        QApplication::processEvents();
        return page;
    }

    static KpiTile *tile(const DashboardPage &page, const QString &name)
    {
        for (KpiTile *tile : page.tiles())
            if (tile->line().name == name)
                return tile;
        return nullptr;
    }

    static QList<QChart *> charts(const DashboardPage &page)
    {
        QList<QChart *> all;
        for (KpiChartView *view : page.findChildren<KpiChartView *>())
            all << view->chart();
        return all;
    }

    // Every text a chart draws, as its scene holds it (axis labels, legend
    // labels, bar labels, the title), whatever Qt made of it.
    static QStringList drawnTexts(QChart *chart)
    {
        QStringList texts;
        for (QGraphicsItem *item : chart->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                texts << text->toPlainText();
            else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                texts << simple->text();
        }
        texts.removeAll(QString());
        return texts;
    }

    FixedClock m_clock{QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
};

using DashboardMoneyTest = DashboardLookTest;

const QRegularExpression kLongDigitRun(QStringLiteral("\\d{6,}"));
const QRegularExpression kIsoDate(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
// "$3,318,000": the symbol, then digits grouped by commas (en, zh_TW and ms alike).
const QRegularExpression kGroupedDollars(QStringLiteral("\\$\\d{1,3}(,\\d{3})+"));

TEST_F(DashboardMoneyTest, TilesWriteAmountsWithTheSymbolAndTheLocalesSeparators)
{
    for (const QString &name : test::DefaultLocale::shipped()) {
        const test::DefaultLocale locale{QLocale(name)};
        auto page = showPage(database());
        ASSERT_TRUE(page && page->shown());
        ASSERT_GT(page->shown()->current.revenue.influencedRevenue, 100000) << "the demo wins deals";
        for (KpiTile *kpi : page->tiles())
            for (QLabel *label : kpi->findChildren<QLabel *>())
                EXPECT_FALSE(label->text().contains(kLongDigitRun))
                    << name.toStdString() << ": " << label->text().toStdString();
        for (const QString &money :
             {QStringLiteral("Reference-influenced revenue"), QStringLiteral("Referral value won")}) {
            KpiTile *amount = tile(*page, money);
            ASSERT_TRUE(amount) << money.toStdString();
            EXPECT_TRUE(amount->valueText().startsWith(QLatin1Char('$')))
                << name.toStdString() << ": " << amount->valueText().toStdString();
        }
        // The tile rounds ("$3.3M"); hovering it gives every digit.
        const QString tip = tile(*page, QStringLiteral("Reference-influenced revenue"))->toolTip();
        EXPECT_TRUE(tip.contains(kGroupedDollars)) << name.toStdString() << ": " << tip.toStdString();
    }
}

TEST_F(DashboardMoneyTest, TheReportWritesAmountsAsMoneyAndDatesTheLocalesWay)
{
    const test::DefaultLocale english{QLocale(QStringLiteral("en"))};
    auto page = showPage(database());
    ASSERT_TRUE(page && page->shown());
    const QString pdf = path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(page->exportReport(pdf).ok());
    const QString text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const QRegularExpression revenueRow(
        QStringLiteral("Reference-influenced revenue\\s+\\$\\d{1,3}(,\\d{3})+"));
    EXPECT_TRUE(text.contains(revenueRow)) << text.toStdString();
    EXPECT_FALSE(text.contains(kLongDigitRun)) << text.toStdString();
    EXPECT_FALSE(text.contains(kIsoDate)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Prepared on Jun 15, 2026"))) << text.toStdString();
}

// A card of `tier` drawn the way the board draws it.
QImage card(Tier tier)
{
    QStandardItemModel model;
    auto *item = new QStandardItem(QStringLiteral("Ada Lim"));
    item->setData(int(tier), BoardModel::TierRole);
    item->setData(QStringLiteral("Harbour Logistics"), BoardModel::AccountRole);
    model.appendRow(item);
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 320, 100);
    option.palette = QApplication::palette();
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled;
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    CardDelegate().paint(&painter, option, model.index(0, 0));
    return image;
}

int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor at = image.pixelColor(x, y);
            count += std::abs(at.red() - colour.red()) <= 2 && std::abs(at.green() - colour.green()) <= 2 &&
                     std::abs(at.blue() - colour.blue()) <= 2;
        }
    return count;
}

TEST_F(DashboardLookTest, OneColourPerTierOnCardsTheDonutAndTheReport)
{
    auto page = showPage(database());
    ASSERT_TRUE(page && page->shown());
    auto *donut =
        qobject_cast<QPieSeries *>(page->chart(QStringLiteral("tiers"))->chart()->series().value(0));
    ASSERT_TRUE(donut);

    // The report's third page holds its copy of the donut.
    const QString pdf = path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(page->exportReport(pdf).ok());
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                         QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"),
                                         QStringLiteral("3"), pdf, path(QStringLiteral("page"))});
    const QStringList pages = QDir(path(QString())).entryList({QStringLiteral("page*.png")});
    ASSERT_EQ(pages.size(), 1);
    const QImage report(path(pages.first()));

    for (const Tier tier : allTierValues()) {
        QPieSlice *slice = nullptr;
        for (QPieSlice *candidate : donut->slices())
            if (candidate->property("key").toString() == keyOf(tier))
                slice = candidate;
        ASSERT_TRUE(slice) << keyOf(tier).toStdString();
        const QColor colour = slice->color();
        EXPECT_GT(pixelsOf(card(tier), colour), 20)
            << keyOf(tier).toStdString() << ": the card's chip is not the donut's "
            << colour.name().toStdString();
        if (slice->value() > 0) {
            EXPECT_GT(pixelsOf(report, colour), 20)
                << keyOf(tier).toStdString() << ": the report's donut is not the screen's "
                << colour.name().toStdString();
        }
    }
}

TEST_F(DashboardLookTest, InADarkPaletteEveryChartTextTakesItsTextColour)
{
    auto page = showPage(database());
    ASSERT_TRUE(page);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        dark.setColor(role, QColor(0xe8, 0xea, 0xed));
    page->setPalette(dark);
    QApplication::processEvents();
    const QColor text = dark.color(QPalette::Text);
    for (QChart *chart : charts(*page)) {
        const std::string title = chart->title().toStdString();
        EXPECT_EQ(chart->backgroundBrush().color(), dark.color(QPalette::Base)) << title;
        EXPECT_EQ(chart->titleBrush().color(), text) << title;
        for (QAbstractAxis *axis : chart->axes()) {
            EXPECT_EQ(axis->labelsBrush().color(), text) << title;
            EXPECT_EQ(axis->titleBrush().color(), text) << title;
        }
        if (chart->legend()->isVisible()) {
            EXPECT_EQ(chart->legend()->labelColor(), text) << title;
        }
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series); bars && bars->isLabelsVisible()) {
                for (QBarSet *set : bars->barSets())
                    EXPECT_EQ(set->labelColor(), text) << title << ": the numbers on the bars";
            }
            if (auto *pie = qobject_cast<QPieSeries *>(series)) {
                for (QPieSlice *slice : pie->slices())
                    EXPECT_EQ(slice->labelColor(), text) << title;
            }
        }
    }
}

TEST_F(DashboardLookTest, NoChartTextIsCutShort)
{
    // Qt shortens what does not fit with "...": a legend entry, a month, a title.
    for (const QString &name : test::DefaultLocale::shipped()) {
        const test::DefaultLocale locale{QLocale(name)};
        for (const QSize &size : {QSize(1024, 700), QSize(1600, 1000)}) {
            auto page = showPage(database(), size);
            ASSERT_TRUE(page);
            // ADVOCATEDESK_SCREENSHOT_DIR=/tmp/shots keeps every chart to look at.
            if (const QString shots = qEnvironmentVariable("ADVOCATEDESK_SCREENSHOT_DIR"); !shots.isEmpty())
                for (KpiChartView *view : page->findChildren<KpiChartView *>())
                    view->grab().save(QStringLiteral("%1/%2-%3-%4.png")
                                          .arg(shots, name)
                                          .arg(size.width())
                                          .arg(view->key()));
            for (QChart *chart : charts(*page))
                for (const QString &drawn : drawnTexts(chart))
                    EXPECT_FALSE(drawn.contains(QStringLiteral("...")) || drawn.contains(QChar(0x2026)))
                        << name.toStdString() << " " << size.width() << ": " << chart->title().toStdString()
                        << ": " << drawn.toStdString();
            // A legend entry is drawn whole, not dropped, and inside the chart.
            for (QChart *chart : charts(*page)) {
                const std::string where = name.toStdString() + " " + std::to_string(size.width()) + ": " +
                                          chart->title().toStdString() + ": ";
                QStringList entries;
                for (QAbstractSeries *series : chart->series())
                    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series); bars && bars->count() > 1)
                        for (QBarSet *set : bars->barSets())
                            entries << set->label();
                if (chart->legend()->isVisible())
                    for (QLegendMarker *marker : chart->legend()->markers())
                        entries << marker->label();
                for (const QString &entry : entries)
                    EXPECT_TRUE(drawnTexts(chart).contains(entry)) << where << entry.toStdString();
                const QRectF inside = chart->sceneBoundingRect().adjusted(-1, -1, 1, 1);
                for (QGraphicsItem *item : chart->childItems()) {
                    auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                    if (text && text->isVisible()) {
                        EXPECT_TRUE(inside.contains(text->sceneBoundingRect()))
                            << where << text->toPlainText().toStdString() << " runs past the chart's edge";
                    }
                }
            }
        }
    }
}

TEST_F(DashboardLookTest, AnEmptyProgrammeSaysSoInsteadOfZeroOfZero)
{
    const QString empty = path(QStringLiteral("empty.sqlite"));
    ASSERT_EQ(runOn(empty, {QStringLiteral("init")}).exitCode, 0);
    auto page = showPage(empty);
    ASSERT_TRUE(page && page->shown());
    QStringList texts;
    for (KpiTile *kpi : page->tiles()) {
        for (QLabel *label : kpi->findChildren<QLabel *>())
            texts << label->text();
        texts << kpi->toolTip();
    }
    for (QChart *chart : charts(*page)) {
        texts << chart->title() << drawnTexts(chart);
        // What hovering each bar would say.
        for (QAbstractSeries *series : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets())
                    for (int index = 0; index < set->count(); ++index) {
                        emit bars->hovered(true, index, set);
                        texts << QToolTip::text();
                    }
    }
    QToolTip::hideText();
    const QRegularExpression zeroOfZero(QStringLiteral("\\b0 of 0\\b|\\b0, lost 0\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QString &text : texts)
        EXPECT_FALSE(text.contains(zeroOfZero)) << text.toStdString();
    EXPECT_TRUE(texts.join(QLatin1Char('\n')).contains(QStringLiteral("no referrals yet")));
}

TEST_F(DashboardLookTest, AChartWithNothingToShowSaysSoInsteadOfDrawingAxes)
{
    // Axes over no data read "0 0 0 1": each chart of an empty file says in a
    // sentence what it is waiting for, and draws no axis at all.
    const QString empty = path(QStringLiteral("empty.sqlite"));
    ASSERT_EQ(runOn(empty, {QStringLiteral("init")}).exitCode, 0);
    auto page = showPage(empty);
    ASSERT_TRUE(page && page->shown());
    const QList<KpiChartView *> views = page->findChildren<KpiChartView *>();
    ASSERT_EQ(views.size(), DashboardCharts::keys().size());
    for (KpiChartView *view : views) {
        const std::string key = view->key().toStdString();
        EXPECT_FALSE(view->emptyText().isEmpty()) << key;
        EXPECT_FALSE(view->chart()->title().isEmpty()) << key << ": the title still says what it would show";
        for (QAbstractAxis *axis : view->chart()->axes())
            EXPECT_FALSE(axis->isVisible()) << key << ": an axis over nothing";
        for (QAbstractSeries *series : view->chart()->series())
            EXPECT_FALSE(series->isVisible()) << key;
        // Nothing on screen but the title: no tick numbers, no legend of nothing.
        for (QGraphicsItem *item : view->chart()->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                text = rich->toPlainText();
            else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                text = simple->text();
            EXPECT_TRUE(text.isEmpty() || view->chart()->title().startsWith(text.left(8)))
                << key << ": draws " << text.toStdString();
        }
    }
    EXPECT_EQ(page->chart(QStringLiteral("nps"))->emptyText(),
              QStringLiteral("No NPS answers in this period yet."));

    // A programme with data draws its charts as before.
    page.reset();
    auto full = showPage(database());
    ASSERT_TRUE(full && full->shown());
    EXPECT_TRUE(full->chart(QStringLiteral("nps"))->emptyText().isEmpty());
    for (QAbstractAxis *axis : full->chart(QStringLiteral("nps"))->chart()->axes())
        EXPECT_TRUE(axis->isVisible());
}

} // namespace
