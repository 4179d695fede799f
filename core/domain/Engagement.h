#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ad {

// Catalogue entry for something an advocate can do for the programme.
struct ActivityType
{
    QString id;
    QString name;
    Barrier barrier = Barrier::Low;
    int points = 0;
    double effortHours = 0;
    bool countsTowardCap = true;
};

struct NpsResponse
{
    QString id;
    QString advocateId;
    int score = 0;
    QString comment;
    QDate respondedOn;
    QString source;
};

// A contribution (participation) to the programme.
struct Participation
{
    QString id;
    QString advocateId;
    QString activityTypeId;
    QString requestId;
    QDate occurredOn;
    int points = -1; // -1: take the activity type's points
    QString artifactLink;
    QDate publishedOn;
    QDate finalSharedOn;
    QString notes;
};

struct Appreciation
{
    QString id;
    QString advocateId;
    QString participationId;
    AppreciationKind kind = AppreciationKind::ThankYouNote;
    QDate occurredOn;
    double cost = 0;
    QString note;
};

// Relationship investment that is not an ask.
struct Touch
{
    QString id;
    QString advocateId;
    TouchKind kind = TouchKind::CheckIn;
    QDate occurredOn;
    QString note;
    QString loggedBy;
};

struct AuditEvent
{
    QString id;
    QString entityType;
    QString entityId;
    QString advocateId;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    QString actor;
    QDateTime occurredAt;
};

} // namespace ad
