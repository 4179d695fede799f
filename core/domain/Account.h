#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ad {

struct Account
{
    QString id;
    QString name;
    QString industry;
    Segment segment = Segment::MidMarket;
    QString region;
    QString country;
    QStringList products;
    qint64 arr = 0; // annual recurring revenue, whole currency units
    QDate customerSince;
    QDate renewalDate;
    Health health = Health::Healthy;
    bool openEscalation = false;
    QString ownerId;
    QString externalCrmId;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace ad
