#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ad {

// One number on the dashboard that a user can click: which KPI, and which bar
// or slice of it. `key` names the bar (a stage number, tier, nomination status,
// ask bucket 0..3, NPS category, activity type name); `month` ("2026-05")
// narrows a monthly chart to one month.
struct KpiCell
{
    enum class Kind
    {
        FunnelStage,       // key: "1".."5"
        Tier,              // key: Tier key
        PipelineStatus,    // key: NominationStatus key
        Participants,      // advocates with a contribution in the range
        AskLoad,           // key: "0", "1", "2", "3" (3 or more asks)
        Fatigued,          // at or over the ask cap at the range's end
        NpsCategory,       // key: "promoter", "passive", "detractor"; month optional
        Contributions,     // key: activity type name (empty: any); month optional
        Referrals,         // advocates who referred someone in the range
        WithReference,     // decided requests that had a reference
        WithoutReference,  // decided requests without one
        UncoveredRequests, // open requests nobody has accepted yet
    };
    Kind kind = Kind::Participants;
    QString key = {};
    QString month = {};

    // Whether the rows are requests rather than advocates.
    bool listsRequests() const
    {
        return kind == Kind::WithReference || kind == Kind::WithoutReference ||
               kind == Kind::UncoveredRequests;
    }
};

// One advocate or request a KPI counted.
struct KpiDrillRow
{
    QString id;
    QString name;   // advocate's name, or the request's prospect company
    QString detail; // advocate's account, or the request's opportunity
};

} // namespace ad
