#include "KpiJson.h"

#include <QJsonArray>

namespace ad {

namespace {

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject npsJson(const NpsSummary &summary)
{
    return {{QStringLiteral("score"), summary.total() > 0 ? QJsonValue(summary.score()) : QJsonValue()},
            {QStringLiteral("promoters"), summary.promoters},
            {QStringLiteral("passives"), summary.passives},
            {QStringLiteral("detractors"), summary.detractors}};
}

QJsonObject winRateJson(const WinRate &rate)
{
    return {{QStringLiteral("won"), rate.won},
            {QStringLiteral("lost"), rate.lost},
            {QStringLiteral("won_amount"), double(rate.wonAmount)},
            {QStringLiteral("win_rate"), optional(rate.rate)}};
}

QJsonObject retentionJson(const RetentionGroup &group)
{
    return {{QStringLiteral("accounts"), group.accounts},
            {QStringLiteral("retained"), group.retained},
            {QStringLiteral("rate"), optional(group.rate)}};
}

QJsonObject counts(const QMap<QString, int> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QJsonObject kpiReportToJson(const KpiQuery &query, const KpiReport &report)
{
    QJsonArray trend;
    for (const NpsMonth &month : report.nps.trend) {
        QJsonObject row = npsJson(month.summary);
        row.insert(QStringLiteral("month"), month.month);
        trend << row;
    }
    QJsonArray funnel;
    for (const FunnelStage &stage : report.funnel)
        funnel << QJsonObject{{QStringLiteral("stage"), stage.stage},
                              {QStringLiteral("count"), stage.count},
                              {QStringLiteral("reached"), stage.reached},
                              {QStringLiteral("conversion_to_next"), optional(stage.conversionToNext)}};
    QJsonArray pipeline;
    for (const PipelineStatus &status : report.pipeline)
        pipeline << QJsonObject{
            {QStringLiteral("status"), status.status},
            {QStringLiteral("count"), status.count},
            {QStringLiteral("median_days_in_status"), optional(status.medianDaysInStatus)}};
    QJsonArray contributions;
    for (const MonthlyCount &row : report.contributions)
        contributions << QJsonObject{{QStringLiteral("month"), row.month},
                                     {QStringLiteral("activity_type"), row.activityType},
                                     {QStringLiteral("count"), row.count}};
    const AskLoadKpi &load = report.askLoad;
    QJsonObject revenue{{QStringLiteral("with_reference"), winRateJson(report.revenue.withReference)},
                        {QStringLiteral("without_reference"), winRateJson(report.revenue.withoutReference)},
                        {QStringLiteral("influenced_revenue"), double(report.revenue.influencedRevenue)}};
    return {
        {QStringLiteral("range"), QJsonObject{{QStringLiteral("from"), query.from.toString(Qt::ISODate)},
                                              {QStringLiteral("to"), query.to.toString(Qt::ISODate)}}},
        {QStringLiteral("nps"), npsJson(report.nps.range)},
        {QStringLiteral("nps_trend"), trend},
        {QStringLiteral("funnel"), funnel},
        {QStringLiteral("pipeline"), pipeline},
        {QStringLiteral("tiers"), counts(report.tiers)},
        {QStringLiteral("participation"),
         QJsonObject{{QStringLiteral("participants"), report.participation.participants},
                     {QStringLiteral("advocates"), report.participation.advocates},
                     {QStringLiteral("rate"), optional(report.participation.rate)}}},
        {QStringLiteral("contributions"), contributions},
        {QStringLiteral("ask_load"), QJsonObject{{QStringLiteral("asked_0"), load.histogram[0]},
                                                 {QStringLiteral("asked_1"), load.histogram[1]},
                                                 {QStringLiteral("asked_2"), load.histogram[2]},
                                                 {QStringLiteral("asked_3_plus"), load.histogram[3]},
                                                 {QStringLiteral("fatigued"), load.fatigued}}},
        {QStringLiteral("referrals"),
         QJsonObject{{QStringLiteral("count"), report.referrals.count},
                     {QStringLiteral("won"), report.referrals.won},
                     {QStringLiteral("conversion"), optional(report.referrals.conversion)},
                     {QStringLiteral("won_value"), double(report.referrals.wonValue)},
                     {QStringLiteral("total_value"), double(report.referrals.totalValue)}}},
        {QStringLiteral("revenue"), revenue},
        {QStringLiteral("coverage"),
         QJsonObject{
             {QStringLiteral("open_requests"), report.coverage.openRequests},
             {QStringLiteral("covered"), report.coverage.covered},
             {QStringLiteral("coverage"), optional(report.coverage.coverage)},
             {QStringLiteral("median_days_to_fulfil"), optional(report.coverage.medianDaysToFulfil)}}},
        {QStringLiteral("retention"),
         QJsonObject{{QStringLiteral("advocates"), retentionJson(report.retention.advocates)},
                     {QStringLiteral("non_advocates"), retentionJson(report.retention.nonAdvocates)}}},
        {QStringLiteral("follow_up_debt"), counts(report.followUpDebt)},
    };
}

} // namespace ad
