#pragma once

#include "rules/Nps.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace ad {

// One row per month ("2026-05") of the range that has data.
struct NpsMonth
{
    QString month;
    NpsSummary summary;
};

struct NpsKpi
{
    NpsSummary range;      // each advocate once, with their latest response in the range
    QList<NpsMonth> trend; // each advocate once per month, latest response in that month
};

struct FunnelStage
{
    int stage = 1;   // 1..5
    int count = 0;   // advocates currently at this stage
    int reached = 0; // advocates at this stage or beyond
    // reached(stage + 1) / reached(stage); nullopt for the last stage or nobody reached.
    std::optional<double> conversionToNext;
    QStringList advocateIds; // drill-down: the `count` advocates at this stage
};

struct PipelineStatus
{
    QString status; // NominationStatus key
    int count = 0;
    std::optional<double> medianDaysInStatus; // up to the range's end
};

struct ParticipationKpi
{
    int participants = 0;       // advocates with a contribution in the range
    int advocates = 0;          // all advocates matching the filters
    std::optional<double> rate; // participants / advocates
    QStringList participantIds;
};

struct MonthlyCount
{
    QString month; // "2026-05"
    QString activityType;
    int count = 0;
};

struct AskLoadKpi
{
    std::array<int, 4> histogram{}; // advocates asked 0, 1, 2, 3+ times in the range
    int fatigued = 0;               // at or over the ask cap in the cap window ending at the range's end
    QStringList fatiguedIds;
};

struct ReferralKpi
{
    int count = 0;
    int won = 0;
    std::optional<double> conversion; // won / count
    qint64 wonValue = 0;
    qint64 totalValue = 0;
};

struct WinRate
{
    int won = 0;
    int lost = 0;
    qint64 wonAmount = 0;
    std::optional<double> rate; // won / (won + lost)
};

struct RevenueKpi
{
    WinRate withReference;        // decided requests with an accepted ask or a linked contribution
    WinRate withoutReference;     // the other decided requests
    qint64 influencedRevenue = 0; // == withReference.wonAmount
    QStringList withReferenceIds;
};

struct CoverageKpi
{
    int openRequests = 0;
    int covered = 0; // open requests with at least one accepted ask
    std::optional<double> coverage;
    std::optional<double> medianDaysToFulfil; // opened_on → first accepted answer
    QStringList uncoveredIds;                 // what a dashboard would chase
};

struct RetentionGroup
{
    int accounts = 0;
    int retained = 0;
    std::optional<double> rate;
};

struct RetentionKpi
{
    RetentionGroup advocates;    // accounts with at least one enrolled advocate
    RetentionGroup nonAdvocates; // the others
};

// Everything the dashboard shows for one KpiQuery.
struct KpiReport
{
    NpsKpi nps;
    QList<FunnelStage> funnel;      // stages 1..5
    QList<PipelineStatus> pipeline; // every NominationStatus, in pipeline order
    QMap<QString, int> tiers;       // Tier key → advocates
    ParticipationKpi participation;
    QList<MonthlyCount> contributions;
    AskLoadKpi askLoad;
    ReferralKpi referrals;
    RevenueKpi revenue;
    CoverageKpi coverage;
    RetentionKpi retention;
    QMap<QString, int> followUpDebt; // FollowUpKind key → items due now
};

} // namespace ad
