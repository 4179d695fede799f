#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ad {

struct Nomination
{
    QString id;
    QString advocateId;
    QString nominatedBy;
    QDate nominatedOn;
    QString evidence;
    NominationStatus status = NominationStatus::Nominated;
    QDateTime statusChangedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace ad
