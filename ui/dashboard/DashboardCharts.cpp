#include "DashboardCharts.h"

#include "BarCharts.h"
#include "ChartLook.h"
#include "KpiSummary.h"
#include "common/TierColours.h"
#include "domain/Enums.h"
#include "util/Formats.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace ad {

namespace {

constexpr int kContributionTypesShown = 6;
const QColor kPromoter(0x2e, 0x9e, 0x5b);
const QColor kPassive(0x9a, 0xa0, 0xa6);
const QColor kDetractor(0xd6, 0x45, 0x45);
const QList<QColor> kSeriesColours{
    QColor(0x3b, 0x7d, 0xd8), QColor(0xe0, 0x8a, 0x1e), QColor(0x2e, 0x9e, 0x5b), QColor(0x8e, 0x5b, 0xc8),
    QColor(0xd6, 0x45, 0x45), QColor(0x1f, 0xa5, 0xa5), QColor(0xc8, 0x5b, 0x9a), QColor(0x7a, 0x8a, 0x3b)};

ChartSpec npsChart(const KpiReport &report, const QPalette &palette, const DrillHandler &drill)
{
    const QString title = DashboardCharts::tr("NPS by month: score and promoter / passive / detractor mix");
    QChart *chart = ChartLook::newChart(title, palette);
    auto *mix = new QStackedBarSeries;
    const QStringList keys{QStringLiteral("promoter"), QStringLiteral("passive"),
                           QStringLiteral("detractor")};
    const QList<QColor> colours{kPromoter, kPassive, kDetractor};
    QList<QBarSet *> sets;
    for (int i = 0; i < keys.size(); ++i) {
        sets << BarCharts::barSet(KpiSummary::npsCategoryName(keys[i]), colours[i]);
        sets.last()->setProperty("key", keys[i]);
    }
    auto *score = new QLineSeries;
    score->setName(DashboardCharts::tr("NPS"));
    score->setPen(QPen(palette.text().color(), 2.5));
    score->setPointsVisible(true);
    QStringList months, extra;
    int highest = 0;
    for (const NpsMonth &month : report.nps.trend) {
        sets[0]->append(month.summary.promoters);
        sets[1]->append(month.summary.passives);
        sets[2]->append(month.summary.detractors);
        highest = std::max(highest, month.summary.total());
        score->append(months.size(), month.summary.score());
        extra << DashboardCharts::tr("NPS %1").arg(Formats::decimal(month.summary.score()));
        months << month.month;
    }
    mix->append(sets);
    BarCharts::addAxes(chart, mix, ChartLook::monthLabels(months), highest, palette, false,
                       DashboardCharts::tr("Responses"))
        ->setTitleText(ChartLook::monthSpan(months));
    chart->addSeries(score);
    auto *npsAxis = new QValueAxis;
    npsAxis->setRange(-100, 100);
    npsAxis->setLabelFormat(QStringLiteral("%.0f"));
    npsAxis->setTitleText(DashboardCharts::tr("NPS"));
    chart->addAxis(npsAxis, Qt::AlignRight);
    score->attachAxis(chart->axes(Qt::Horizontal).constFirst());
    score->attachAxis(npsAxis);
    ChartLook::styleAxes(chart, palette);
    QStringList monthNames;
    for (const QString &month : months)
        monthNames << ChartLook::monthName(month);
    BarCharts::addTooltips(mix, monthNames, extra);
    BarCharts::onClick(mix, drill, [months](int index, QBarSet *set) {
        const QString key = set->property("key").toString();
        return std::optional(std::pair{
            KpiCell{KpiCell::Kind::NpsCategory, key, months.value(index)},
            DashboardCharts::tr("%1 in %2").arg(set->label(), ChartLook::monthName(months.value(index)))});
    });
    if (highest > 0) // a legend of no answers would be all there is to see
        ChartLook::wrapLegendBelow(chart, palette);
    return {QStringLiteral("nps"), title, chart,
            highest == 0 ? DashboardCharts::tr("No NPS answers in this period yet.") : QString()};
}

ChartSpec funnelChart(const KpiReport &report, const QPalette &palette, const DrillHandler &drill)
{
    const QString title = DashboardCharts::tr("Journey funnel and conversion to the next stage");
    QChart *chart = ChartLook::newChart(title, palette);
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = BarCharts::barSet(DashboardCharts::tr("Advocates"), kSeriesColours[0]);
    QStringList categories, names, extra;
    int highest = 0;
    // Horizontal bars grow upwards: the last stage first puts stage 1 on top.
    QList<FunnelStage> stages = report.funnel;
    std::reverse(stages.begin(), stages.end());
    for (const FunnelStage &stage : stages) {
        set->append(stage.count);
        highest = std::max(highest, stage.count);
        names << journeyStageName(stage.stage);
        categories << (stage.conversionToNext
                           ? DashboardCharts::tr("%1 (→ %2)")
                                 .arg(names.last(), KpiSummary::percent(stage.conversionToNext))
                           : names.last());
        extra << DashboardCharts::tr("Reached this stage or beyond: %1").arg(Formats::number(stage.reached));
        if (stage.conversionToNext)
            extra.last() += QLatin1Char('\n') + DashboardCharts::tr("Conversion to the next stage: %1")
                                                    .arg(KpiSummary::percent(stage.conversionToNext));
    }
    series->append(set);
    series->setLabelsVisible(true);
    chart->legend()->hide();
    // Narrow, the axis names the stages; the conversion is one hover away.
    ChartLook::setShorterCategories(BarCharts::addAxes(chart, series, categories, highest, palette, true),
                                    names);
    BarCharts::addTooltips(series, names, extra);
    BarCharts::onClick(
        series, drill, [stages](int index, QBarSet *) -> std::optional<std::pair<KpiCell, QString>> {
            if (index < 0 || index >= stages.size())
                return std::nullopt;
            const int stage = stages[index].stage;
            return std::pair{KpiCell{KpiCell::Kind::FunnelStage, QString::number(stage)},
                             DashboardCharts::tr("Journey stage: %1").arg(journeyStageName(stage))};
        });
    const bool anyone =
        std::any_of(stages.begin(), stages.end(), [](const FunnelStage &s) { return s.count > 0; });
    return {QStringLiteral("funnel"), title, chart,
            anyone ? QString() : DashboardCharts::tr("No advocates on the journey yet.")};
}

ChartSpec pipelineChart(const KpiReport &report, const QPalette &palette, const DrillHandler &drill)
{
    const QString title = DashboardCharts::tr("Nomination pipeline and median days in status");
    QChart *chart = ChartLook::newChart(title, palette);
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = BarCharts::barSet(DashboardCharts::tr("Nominations"), kSeriesColours[3]);
    QStringList categories, names, extra, keys;
    int highest = 0;
    // Horizontal bars grow upwards: reversed, the pipeline reads from the top.
    QList<PipelineStatus> statuses = report.pipeline;
    std::reverse(statuses.begin(), statuses.end());
    for (const PipelineStatus &status : statuses) {
        set->append(status.count);
        highest = std::max(highest, status.count);
        const auto parsed = parseNominationStatus(status.status);
        const QString name = parsed ? displayName(*parsed) : status.status;
        names << name;
        categories << (status.medianDaysInStatus
                           ? DashboardCharts::tr("%1 (median %2 d)")
                                 .arg(name, KpiSummary::number(status.medianDaysInStatus, 0))
                           : name);
        extra << DashboardCharts::tr("Median days in this status: %1")
                     .arg(KpiSummary::number(status.medianDaysInStatus));
        keys << status.status;
    }
    series->append(set);
    series->setLabelsVisible(true);
    chart->legend()->hide();
    ChartLook::setShorterCategories(BarCharts::addAxes(chart, series, categories, highest, palette, true),
                                    names);
    BarCharts::addTooltips(series, names, extra);
    BarCharts::onClick(series, drill, [keys](int index, QBarSet *) {
        const auto parsed = parseNominationStatus(keys.value(index));
        return std::optional(std::pair{KpiCell{KpiCell::Kind::PipelineStatus, keys.value(index)},
                                       DashboardCharts::tr("Nomination status: %1")
                                           .arg(parsed ? displayName(*parsed) : keys.value(index))});
    });
    return {QStringLiteral("pipeline"), title, chart,
            highest == 0 ? DashboardCharts::tr("No nominations yet.") : QString()};
}

ChartSpec tierChart(const KpiReport &report, const QPalette &palette, const DrillHandler &drill)
{
    const QString title = DashboardCharts::tr("Tier distribution");
    QChart *chart = ChartLook::newChart(title, palette);
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    for (Tier tier : allTierValues()) {
        const int count = report.tiers.value(keyOf(tier));
        QPieSlice *slice = series->append(
            DashboardCharts::tr("%1: %2").arg(displayName(tier), Formats::number(count)), count);
        slice->setColor(TierColours::fill(tier));
        slice->setBorderColor(palette.base().color());
        slice->setProperty("key", keyOf(tier));
        slice->setProperty("name", displayName(tier));
        // The legend beside the donut names each slice and its count; labels
        // on the slices too would crowd it and be cut at the chart's edge.
        slice->setLabelColor(palette.text().color());
        slice->setLabelVisible(false);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    QObject::connect(series, &QPieSeries::hovered, series, [](QPieSlice *slice, bool on) {
        slice->setExploded(on);
        if (on)
            QToolTip::showText(QCursor::pos(), DashboardCharts::tr("%1 (%2)").arg(
                                                   slice->label(), KpiSummary::percent(slice->percentage())));
        else
            QToolTip::hideText();
    });
    if (drill)
        QObject::connect(series, &QPieSeries::clicked, series, [drill](QPieSlice *slice) {
            drill(KpiCell{KpiCell::Kind::Tier, slice->property("key").toString()},
                  DashboardCharts::tr("Tier: %1").arg(slice->property("name").toString()));
        });
    return {QStringLiteral("tiers"), title, chart,
            series->sum() > 0 ? QString() : DashboardCharts::tr("No advocates with a tier yet.")};
}

ChartSpec contributionsChart(const KpiReport &report, const QPalette &palette, const DrillHandler &drill)
{
    const QString title = DashboardCharts::tr("Contributions by type per month");
    QChart *chart = ChartLook::newChart(title, palette);
    QStringList months;
    QHash<QString, int> perType;
    for (const MonthlyCount &row : report.contributions) {
        if (!months.contains(row.month))
            months << row.month;
        perType[row.activityType] += row.count;
    }
    months.sort();
    // The busiest types each in a colour of their own, the rest as one: a
    // legend of fifteen types is read by nobody, and colours run out.
    QStringList types = perType.keys();
    std::sort(types.begin(), types.end(), [&perType](const QString &a, const QString &b) {
        return perType[a] != perType[b] ? perType[a] > perType[b] : a < b;
    });
    const QStringList others = types.mid(kContributionTypesShown);
    types = types.mid(0, kContributionTypesShown);
    const QString otherName = DashboardCharts::tr("Other types");
    auto *series = new QStackedBarSeries;
    QList<int> totals(months.size(), 0);
    for (int t = 0; t <= types.size(); ++t) {
        const bool rest = t == types.size();
        if (rest && others.isEmpty())
            break;
        QBarSet *set = BarCharts::barSet(rest ? otherName : types[t],
                                         rest ? kPassive : kSeriesColours[t % kSeriesColours.size()]);
        for (int m = 0; m < months.size(); ++m) {
            int count = 0;
            for (const MonthlyCount &row : report.contributions)
                if (row.month == months[m] &&
                    (rest ? others.contains(row.activityType) : row.activityType == types[t]))
                    count += row.count;
            set->append(count);
            totals[m] += count;
        }
        series->append(set);
    }
    const int highest = totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end());
    BarCharts::addAxes(chart, series, ChartLook::monthLabels(months), highest, palette)
        ->setTitleText(ChartLook::monthSpan(months));
    QStringList monthNames;
    for (const QString &month : months)
        monthNames << ChartLook::monthName(month);
    BarCharts::addTooltips(series, monthNames);
    BarCharts::onClick(
        series, drill,
        [months, otherName](int index, QBarSet *set) -> std::optional<std::pair<KpiCell, QString>> {
            if (set->label() == otherName)
                return std::nullopt; // several types: no one list says what it counted
            return std::pair{KpiCell{KpiCell::Kind::Contributions, set->label(), months.value(index)},
                             DashboardCharts::tr("Contributed %1 in %2")
                                 .arg(set->label(), ChartLook::monthName(months.value(index)))};
        });
    ChartLook::wrapLegendBelow(chart, palette);
    return {QStringLiteral("contributions"), title, chart,
            highest == 0 ? DashboardCharts::tr("No contributions in this period yet.") : QString()};
}

ChartSpec askLoadChart(const KpiReport &report, const QPalette &palette, const DrillHandler &drill)
{
    const QString title = DashboardCharts::tr("Ask load: advocates by asks in the range (%n fatigued)",
                                              nullptr, report.askLoad.fatigued);
    QChart *chart = ChartLook::newChart(title, palette);
    auto *series = new QBarSeries;
    QBarSet *set = BarCharts::barSet(DashboardCharts::tr("Advocates"), kSeriesColours[1]);
    // The axis counts asks ("0", "1", "2", "3+") under a title; tooltips and
    // lists, which have the room, say it in words.
    const QStringList categories{DashboardCharts::tr("Not asked"), DashboardCharts::tr("Asked once"),
                                 DashboardCharts::tr("Asked twice"), DashboardCharts::tr("3 or more asks")};
    const QStringList counts{Formats::number(0), Formats::number(1), Formats::number(2),
                             DashboardCharts::tr("%1+").arg(Formats::number(3))};
    int highest = 0;
    for (int count : report.askLoad.histogram) {
        set->append(count);
        highest = std::max(highest, count);
    }
    series->append(set);
    series->setLabelsVisible(true);
    chart->legend()->hide();
    BarCharts::addAxes(chart, series, counts, highest, palette);
    chart->axes(Qt::Horizontal).constFirst()->setTitleText(DashboardCharts::tr("Asks in the range"));
    BarCharts::addTooltips(series, categories);
    BarCharts::onClick(series, drill, [categories](int index, QBarSet *) {
        return std::optional(std::pair{KpiCell{KpiCell::Kind::AskLoad, QString::number(index)},
                                       DashboardCharts::tr("Ask load: %1").arg(categories.value(index))});
    });
    return {QStringLiteral("ask-load"), title, chart,
            highest == 0 ? DashboardCharts::tr("No advocates to ask yet.") : QString()};
}

// Two or three bars of a percentage each, with the counts in the tooltip.
ChartSpec percentBars(const QString &key, const QString &title, const QStringList &categories,
                      const QList<std::optional<double>> &rates, const QStringList &extra,
                      const QPalette &palette, const QString &emptyText)
{
    QChart *chart = ChartLook::newChart(title, palette);
    auto *series = new QBarSeries;
    QBarSet *set = BarCharts::barSet(DashboardCharts::tr("Rate (%)"), kSeriesColours[0]);
    for (const auto &rate : rates)
        set->append(rate.value_or(0) * 100.0);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    chart->legend()->hide();
    BarCharts::addAxes(chart, series, categories, 100, palette);
    // Room above a full bar for its "100%", without a "120" tick on the axis.
    auto *percent = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
    percent->setRange(0, 112);
    percent->setTickType(QValueAxis::TicksDynamic);
    percent->setTickAnchor(0);
    percent->setTickInterval(20);
    BarCharts::addTooltips(series, categories, extra);
    const bool anyRate =
        std::any_of(rates.begin(), rates.end(), [](const auto &rate) { return rate.has_value(); });
    return {key, title, chart, anyRate ? QString() : emptyText};
}

// "Won 3, lost 2"; nothing decided is said, not counted as "won 0, lost 0".
QString decided(const WinRate &rate)
{
    if (rate.won + rate.lost == 0)
        return DashboardCharts::tr("No decided deals yet");
    return DashboardCharts::tr("Won %1, lost %2").arg(Formats::number(rate.won), Formats::number(rate.lost));
}

ChartSpec winRateChart(const KpiReport &report, const QString &currency, const QPalette &palette,
                       const DrillHandler &drill)
{
    const RevenueKpi &revenue = report.revenue;
    const bool anyDecided = revenue.withReference.won + revenue.withReference.lost +
                                revenue.withoutReference.won + revenue.withoutReference.lost >
                            0;
    const QString title =
        anyDecided ? DashboardCharts::tr("Win rate with vs without a reference (influenced revenue %1)")
                         .arg(Formats::compactMoney(revenue.influencedRevenue, currency))
                   : DashboardCharts::tr("Win rate with vs without a reference (no deals yet)");
    const QStringList categories{DashboardCharts::tr("With a reference"),
                                 DashboardCharts::tr("Without a reference")};
    const QStringList extra{decided(revenue.withReference), decided(revenue.withoutReference)};
    ChartSpec spec = percentBars(QStringLiteral("win-rate"), title, categories,
                                 {revenue.withReference.rate, revenue.withoutReference.rate}, extra, palette,
                                 DashboardCharts::tr("No decided deals in this period yet."));
    auto *series = qobject_cast<QAbstractBarSeries *>(spec.chart->series().constFirst());
    BarCharts::onClick(series, drill, [categories](int index, QBarSet *) {
        return std::optional(
            std::pair{KpiCell{index == 0 ? KpiCell::Kind::WithReference : KpiCell::Kind::WithoutReference},
                      DashboardCharts::tr("Decided requests: %1").arg(categories.value(index))});
    });
    return spec;
}

ChartSpec retentionChart(const KpiReport &report, const QPalette &palette)
{
    const RetentionKpi &retention = report.retention;
    const QString title = DashboardCharts::tr("Retention of advocate vs other accounts");
    const QStringList categories{DashboardCharts::tr("Advocate accounts"),
                                 DashboardCharts::tr("Other accounts")};
    auto retained = [](const RetentionGroup &rate) {
        return rate.accounts == 0 ? DashboardCharts::tr("No accounts yet")
                                  : DashboardCharts::tr("%1 of %2 accounts retained")
                                        .arg(Formats::number(rate.retained), Formats::number(rate.accounts));
    };
    const QStringList extra{retained(retention.advocates), retained(retention.nonAdvocates)};
    return percentBars(QStringLiteral("retention"), title, categories,
                       {retention.advocates.rate, retention.nonAdvocates.rate}, extra, palette,
                       DashboardCharts::tr("No accounts to compare yet."));
}

ChartSpec referralChart(const KpiReport &report, const QString &currency, const QPalette &palette,
                        const DrillHandler &drill)
{
    const ReferralKpi &referrals = report.referrals;
    // Value won of the value referred, once there is a value to speak of.
    const QString title =
        referrals.count == 0        ? DashboardCharts::tr("Referrals and their value (no referrals yet)")
        : referrals.totalValue == 0 ? DashboardCharts::tr("Referrals and their value")
                                    : DashboardCharts::tr("Referrals and their value (won %1 of %2)")
                                          .arg(Formats::compactMoney(referrals.wonValue, currency),
                                               Formats::compactMoney(referrals.totalValue, currency));
    QChart *chart = ChartLook::newChart(title, palette);
    auto *series = new QBarSeries;
    QBarSet *set = BarCharts::barSet(DashboardCharts::tr("Referrals"), kSeriesColours[2]);
    const QStringList categories{DashboardCharts::tr("Referred"), DashboardCharts::tr("Won")};
    set->append(referrals.count);
    set->append(referrals.won);
    series->append(set);
    series->setLabelsVisible(true);
    chart->legend()->hide();
    BarCharts::addAxes(chart, series, categories, referrals.count, palette);
    BarCharts::addTooltips(
        series, categories,
        {DashboardCharts::tr("Conversion %1").arg(KpiSummary::percent(referrals.conversion)), {}});
    BarCharts::onClick(series, drill, [](int, QBarSet *) {
        return std::optional(
            std::pair{KpiCell{KpiCell::Kind::Referrals}, DashboardCharts::tr("Advocates who referred")});
    });
    return {QStringLiteral("referrals"), title, chart,
            referrals.count == 0 ? DashboardCharts::tr("No referrals in this period yet.") : QString()};
}

ChartSpec followUpChart(const KpiReport &report, const QPalette &palette)
{
    const QString title = DashboardCharts::tr("Follow-up debt, due today");
    QChart *chart = ChartLook::newChart(title, palette);
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = BarCharts::barSet(DashboardCharts::tr("Items due"), kDetractor);
    QStringList categories;
    int highest = 0;
    for (auto it = report.followUpDebt.begin(); it != report.followUpDebt.end(); ++it) {
        categories << KpiSummary::followUpName(it.key());
        set->append(it.value());
        highest = std::max(highest, it.value());
    }
    series->append(set);
    series->setLabelsVisible(true);
    chart->legend()->hide();
    BarCharts::addAxes(chart, series, categories, highest, palette, true);
    BarCharts::addTooltips(series, categories);
    return {QStringLiteral("follow-up-debt"), title, chart,
            highest == 0 ? DashboardCharts::tr("Nothing is owed to advocates today.") : QString()};
}

} // namespace

QList<ChartSpec> DashboardCharts::build(const KpiReport &report, const QString &currency,
                                        const QPalette &palette, const DrillHandler &onDrill)
{
    return {npsChart(report, palette, onDrill),
            funnelChart(report, palette, onDrill),
            pipelineChart(report, palette, onDrill),
            tierChart(report, palette, onDrill),
            contributionsChart(report, palette, onDrill),
            askLoadChart(report, palette, onDrill),
            referralChart(report, currency, palette, onDrill),
            winRateChart(report, currency, palette, onDrill),
            retentionChart(report, palette),
            followUpChart(report, palette)};
}

QStringList DashboardCharts::keys()
{
    return {QStringLiteral("nps"),           QStringLiteral("funnel"),        QStringLiteral("pipeline"),
            QStringLiteral("tiers"),         QStringLiteral("contributions"), QStringLiteral("ask-load"),
            QStringLiteral("referrals"),     QStringLiteral("win-rate"),      QStringLiteral("retention"),
            QStringLiteral("follow-up-debt")};
}

} // namespace ad
