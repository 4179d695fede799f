#pragma once

#include "ServiceContext.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ad {

// One thing that happened between the programme and an advocate.
struct TimelineEntry
{
    QDateTime at; // UTC; midnight UTC when the source records only a day (see dateOnly)
    QString kind; // "nomination", "status", "nps", "touch", "contribution", "appreciation", "note", "audit", "feedback", "referral"
    QString summary;
    QString entityId; // the row the entry comes from
    bool dateOnly = false;
};

// Everything that happened to one advocate, merged from the other services, so the
// GUI profile and `advocatedesk-cli advocate show` tell the same story.
class TimelineService
{
public:
    explicit TimelineService(const ServiceContext &context) : m_context(context) {}

    // Newest first. Entries at the same moment keep the reverse of the order in which
    // they happened (a nomination's status change comes before the nomination).
    Result<QList<TimelineEntry>> forAdvocate(const QString &advocateId) const;

private:
    const ServiceContext &m_context;
};

} // namespace ad
