#pragma once

#include <QString>

#include <array>

namespace ad {

// Every number of the programme rules a programme manager may tune, with the
// defaults DESIGN.md names. Rule code reads them from here and never carries its
// own literals, so changing a setting changes every rule that depends on it.
struct ProgrammeRules
{
    // NPS: 0..detractorMax detractor, ..passiveMax passive, above that promoter.
    int npsDetractorMax = 6;
    int npsPassiveMax = 8;

    // Ask protection.
    int askCap = 2;            // counted asks per advocate ...
    int askCapWindowDays = 90; // ... in this rolling window
    int restAfterHighBarrierDays = 30;
    int declineBlockDays = 60;    // a decline blocks the same activity type this long
    int fairnessWindowDays = 180; // "asked least recently" looks back this far

    // Health gates.
    int renewalGateDays = 30; // no ask while the renewal is this close

    // Matching: how much of the 0..100 score comes from fit (the rest is readiness),
    // and the relative weight of each fit criterion.
    int fitSharePercent = 60;
    int industryWeight = 30;
    int segmentWeight = 20;
    int regionWeight = 20;
    int productWeight = 30;

    // Follow-up debt.
    int thankYouDueDays = 7;
    int finalVersionDueDays = 14; // a case study's final version back to the advocate
    int unusedContributionDays = 60;
    int oneWayWindowDays = 90; // asks but no touch in this window
    int staleAfterMonths = 12; // profiles and consents
    int csmCapacity = 150;     // enrolled advocates per CSM
    // Boards and "My day".
    int thankYouLookbackDays = 60; // a board card flags unthanked contributions this recent
    int stuckNominationDays = 30;  // a nomination this long in one status needs a look
    int untouchedDays = 90;        // an enrolled advocate not touched this long

    // Tiers: trailing-12-month points for Community, Silver, Gold, VIP (VIP also
    // needs a high-barrier contribution in those months).
    std::array<int, 4> tierThresholds{0, 50, 150, 400};
    int tierWindowMonths = 12;

    // Contact score: contributions bring their points, touches and NPS answers
    // these; every point expires after contactPointsExpiryDays.
    int contactPointsExpiryDays = 180;
    int touchPoints = 5;
    int npsResponsePoints = 2;

    // RFM: an account whose recency, frequency and monetary quintiles (1..5, 5 best)
    // all reach this is a "best customer".
    int bestCustomerQuintile = 4;

    // KPIs: the dashboard's default range ends today and reaches back this far;
    // an account that bought within this window counts as retained.
    int kpiDefaultRangeDays = 365;
    int retentionPurchaseWindowDays = 365;

    // The currency of every amount the programme records (ARR, deal sizes,
    // referral values), as an ISO 4217 code; amounts carry no currency of their own.
    QString currency = QStringLiteral("USD");
};

} // namespace ad
