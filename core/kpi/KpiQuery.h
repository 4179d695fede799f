#pragma once

#include <QDate>
#include <QString>

namespace ad {

// What a dashboard asks for: a date range (both ends included) and optional filters.
// An empty filter means "everyone". Filters apply where the KPI's rows can carry
// them: advocate KPIs use the advocate's owner and tier and the account's segment
// and region; request KPIs use the request's own segment and region; account KPIs
// (retention) use the account's owner, segment and region.
struct KpiQuery
{
    // Every member has a default so callers can name only what they set.
    QDate from = {};
    QDate to = {};
    QString csm = {};     // owning CSM's user name
    QString segment = {}; // a Segment key: "smb", "mid_market", "enterprise"
    QString region = {};
    QString tier = {};   // a Tier key: "community", "silver", "gold", "vip"
    bool withIds = true; // fill the drill-down id lists (a benchmark may skip them)
};

// The same number of days right before `query`'s range, with the same filters:
// what a dashboard and the programme report show beside each KPI.
inline KpiQuery previousPeriodOf(const KpiQuery &query)
{
    KpiQuery previous = query;
    const qint64 days = query.from.daysTo(query.to) + 1;
    previous.to = query.from.addDays(-1);
    previous.from = previous.to.addDays(-(days - 1));
    previous.withIds = false;
    return previous;
}

} // namespace ad
