#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ad {

// An ask from sales or marketing for an advocate's help with a deal.
struct Request
{
    QString id;
    QString requester;
    QString opportunity;
    QString prospectCompany;
    QString industry;
    QString segment; // a Segment key ("enterprise"), or empty for any
    QString region;
    QString product;
    qint64 dealSize = 0;
    QString activityTypeId;
    QDate neededBy;
    RequestStatus status = RequestStatus::New;
    QDate openedOn;
    QDateTime createdAt;
    QDateTime updatedAt;
};

enum class AskAnswer
{
    Pending,
    Accepted,
    Declined
};

// One advocate asked for one request; the ask cap and the decline block read these.
struct Ask
{
    QString id;
    QString requestId;
    QString advocateId;
    QString activityTypeId;
    QDate askedOn;
    AskAnswer answer = AskAnswer::Pending;
    QDate answeredOn;
    QString reason;         // why they declined
    QString overrideReason; // why a protection rule was overridden for this ask
};

} // namespace ad
