#pragma once

#include "ServiceContext.h"
#include "domain/Engagement.h"
#include "util/Result.h"

#include <QList>

namespace ad {

// What passes between the programme and an advocate outside of asks:
// touches (relationship investment), contributions and appreciation.
class EngagementService
{
public:
    explicit EngagementService(const ServiceContext &context) : m_context(context) {}

    // A null date means today. Contributions take the activity type's points when
    // `points` is negative.
    Result<Touch> logTouch(const Touch &input);
    Result<Participation> recordContribution(const Participation &input);
    Result<Appreciation> recordAppreciation(const Appreciation &input);

    Status markPublished(const QString &participationId, const QDate &on);
    Status markFinalVersionShared(const QString &participationId, const QDate &on);

    Result<QList<Touch>> touches(const QString &advocateId) const;
    Result<QList<Participation>> contributions(const QString &advocateId) const;
    Result<QList<Appreciation>> appreciations(const QString &advocateId) const;

private:
    Status requireAdvocate(const QString &advocateId) const;
    Status setParticipationDate(const QString &participationId, const QString &column, const QDate &on);
    const ServiceContext &m_context;
};

} // namespace ad
