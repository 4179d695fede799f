#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>

namespace ad {

// The six signals a CSM rates 0–5; readiness is their weighted sum.
enum class Signal { Satisfaction, Outcomes, Relationship, Communication, CompanyFit, Willingness };
constexpr int kSignalCount = 6;
constexpr int kSignalMax = 5;
QString signalName(Signal signal);

struct Signals
{
    std::array<int, kSignalCount> values{};
    int &operator[](Signal s) { return values[static_cast<int>(s)]; }
    int operator[](Signal s) const { return values[static_cast<int>(s)]; }
    bool operator==(const Signals &) const = default;
};

struct Advocate
{
    QString id;
    QString accountId;
    QString name;
    QString title;
    QString email;
    QString phone;
    QString profileUrl;
    QString language;
    QString timeZone;
    int journeyStage = kFirstJourneyStage;
    Tier tier = Tier::Community;
    Signals signalValues;
    QDate doNotAskUntil;
    bool nudgeFatigue = false;
    QString successStory;
    QString valueOutcomes;
    QString ownerId;
    QDate lastVerified;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Consent
{
    QString id;
    QString advocateId;
    ConsentAsset asset = ConsentAsset::Reference;
    QDate grantedOn;
    QDate expiresOn; // null: no expiry
    QDate revokedOn; // null: not revoked
    QString note;

    // Current on `day`: granted, not expired, not revoked.
    bool isCurrentOn(const QDate &day) const
    {
        return grantedOn.isValid() && grantedOn <= day && (!expiresOn.isValid() || expiresOn >= day) &&
               (!revokedOn.isValid() || revokedOn > day);
    }
};

struct Note
{
    QString id;
    QString advocateId;
    QString body;
    QString author;
    QDateTime createdAt;
};

} // namespace ad
