#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace ad {

// A catalogued piece of the voice of the customer: a review, a post, a survey
// answer, a support compliment.
struct FeedbackItem
{
    QString id;
    QString source; // "G2", "Capterra", "TrustRadius", "Google", "Trustpilot", "social", ...
    QString link;
    std::optional<double> rating;
    Sentiment sentiment = Sentiment::Neutral;
    QString body;
    QDate receivedOn;
    QString accountId;
    QString advocateId;
    QStringList tags;
};

// The feedback sources DESIGN.md names; a user may type another.
QStringList knownFeedbackSources();

// A customer introduced by an advocate.
struct Referral
{
    QString id;
    QString advocateId;
    QString referredCompany;
    QString referredContact;
    QDate referredOn;
    ReferralStatus status = ReferralStatus::New;
    qint64 value = 0;
};

} // namespace ad
