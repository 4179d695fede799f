#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ad {

// Each enum is stored as a stable lowercase key (never its display name, which
// is translated). keyOf / parse convert; displayName gives the translated label.

enum class Segment { Smb, MidMarket, Enterprise };
enum class Health { Healthy, AtRisk, Critical };
enum class Tier { Community, Silver, Gold, Vip };
enum class UserRole { Csm, ProgrammeManager, Admin };
enum class NominationStatus { Nominated, InReview, Cultivating, Invited, Enrolled, Declined, NotAFit, Paused };
enum class Barrier { Low, Medium, High };
enum class ConsentAsset { Reference, Name, Logo, Quote, CaseStudy };
enum class TouchKind { CheckIn, BusinessReview, ExecutiveCall, Event, SocialEngagement };
enum class AppreciationKind { ThankYouNote, ExecutiveThankYou, Gift, PublicRecognition, ExclusiveAccess, EventInvite };
enum class Sentiment { Positive, Neutral, Negative };
enum class ReferralStatus { New, Contacted, Qualified, Won, Lost };
enum class RequestStatus { New, Matching, Asked, Accepted, Scheduled, Completed, Closed, Declined, Cancelled, Expired };

// The five stages of the advocacy journey, 1 (engaged customer) to 5 (full-blown advocate).
constexpr int kFirstJourneyStage = 1;
constexpr int kLastJourneyStage = 5;
QString journeyStageName(int stage);

#define AD_DECLARE_ENUM_TEXT(Type)                                                                           \
    QString keyOf(Type value);                                                                               \
    std::optional<Type> parse##Type(const QString &key);                                                     \
    QString displayName(Type value);                                                                         \
    QList<Type> all##Type##Values();

AD_DECLARE_ENUM_TEXT(Segment)
AD_DECLARE_ENUM_TEXT(Health)
AD_DECLARE_ENUM_TEXT(Tier)
AD_DECLARE_ENUM_TEXT(UserRole)
AD_DECLARE_ENUM_TEXT(NominationStatus)
AD_DECLARE_ENUM_TEXT(Barrier)
AD_DECLARE_ENUM_TEXT(ConsentAsset)
AD_DECLARE_ENUM_TEXT(TouchKind)
AD_DECLARE_ENUM_TEXT(AppreciationKind)
AD_DECLARE_ENUM_TEXT(RequestStatus)
AD_DECLARE_ENUM_TEXT(Sentiment)
AD_DECLARE_ENUM_TEXT(ReferralStatus)

#undef AD_DECLARE_ENUM_TEXT

} // namespace ad
