#pragma once

#include "ProgrammeRules.h"
#include "domain/Advocate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ad {

// What the matching rules need to know about one advocate for one request,
// pre-aggregated by RequestMatcher in a few queries.
struct AdvocateFacts
{
    QString advocateId;
    QString name;
    QString email;
    QString accountName;
    QString ownerName; // the owner CSM, empty when nobody owns the advocate
    QString industry;
    QString segment; // Segment key
    QString region;
    QStringList products;
    Signals signalValues;
    QDate doNotAskUntil;
    QDate renewalDate;
    bool openEscalation = false;
    bool enrolled = true;
    bool alreadyAsked = false; // for this very request
    int countedAsksInCapWindow = 0;
    int asksInFairnessWindow = 0;
    QDate lastHighBarrierOn;   // latest high-barrier contribution in the rest window (none: not resting)
    QDate lastDeclineOfTypeOn; // latest decline of this request's activity type
    QList<Consent> referenceConsents;
    std::optional<bool> openToActivity; // no preference recorded: not a reason to exclude
    std::optional<int> latestNps;
};

// Checked in this order; an excluded advocate is shown with the first that applies.
enum class ExclusionReason
{
    AlreadyAsked,
    NotEnrolled,
    AskCap,
    Resting,
    DeclinedRecently,
    DoNotAskYet,
    NoConsent,
    NotOpenToActivity,
    DetractorNps,
    OpenEscalation,
    RenewalSoon,
};

// Was `day` within the last `days` days up to and including `today`? An event on
// day D counts on D and the days−1 days after it.
bool withinLastDays(const QDate &day, const QDate &today, int days);

std::optional<ExclusionReason> firstExclusion(const AdvocateFacts &facts, const QDate &today,
                                              const ProgrammeRules &rules);
// The reason in words, with the dates and numbers behind it.
QString describeExclusion(ExclusionReason reason, const AdvocateFacts &facts, const QString &activityName,
                          const ProgrammeRules &rules);

} // namespace ad
