#include "Enums.h"

#include <QCoreApplication>

namespace ad {

namespace {

template <typename E>
struct Entry
{
    E value;
    const char *key;
    const char *label; // translated in context "ad::Enums"
};

template <typename E, std::size_t N>
QString keyIn(const Entry<E> (&table)[N], E value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parseIn(const Entry<E> (&table)[N], const QString &key)
{
    for (const auto &entry : table)
        if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QString labelIn(const Entry<E> (&table)[N], E value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return QCoreApplication::translate("ad::Enums", entry.label);
    return {};
}

template <typename E, std::size_t N>
QList<E> valuesIn(const Entry<E> (&table)[N])
{
    QList<E> values;
    for (const auto &entry : table)
        values << entry.value;
    return values;
}

const Entry<Segment> kSegments[] = {
    {Segment::Smb, "smb", QT_TRANSLATE_NOOP("ad::Enums", "SMB")},
    {Segment::MidMarket, "mid_market", QT_TRANSLATE_NOOP("ad::Enums", "Mid-market")},
    {Segment::Enterprise, "enterprise", QT_TRANSLATE_NOOP("ad::Enums", "Enterprise")},
};
const Entry<Health> kHealth[] = {
    {Health::Healthy, "healthy", QT_TRANSLATE_NOOP("ad::Enums", "Healthy")},
    {Health::AtRisk, "at_risk", QT_TRANSLATE_NOOP("ad::Enums", "At risk")},
    {Health::Critical, "critical", QT_TRANSLATE_NOOP("ad::Enums", "Critical")},
};
const Entry<Tier> kTiers[] = {
    {Tier::Community, "community", QT_TRANSLATE_NOOP("ad::Enums", "Community")},
    {Tier::Silver, "silver", QT_TRANSLATE_NOOP("ad::Enums", "Silver")},
    {Tier::Gold, "gold", QT_TRANSLATE_NOOP("ad::Enums", "Gold")},
    {Tier::Vip, "vip", QT_TRANSLATE_NOOP("ad::Enums", "VIP")},
};
const Entry<UserRole> kRoles[] = {
    {UserRole::Csm, "csm", QT_TRANSLATE_NOOP("ad::Enums", "CSM")},
    {UserRole::ProgrammeManager, "programme_manager", QT_TRANSLATE_NOOP("ad::Enums", "Programme manager")},
    {UserRole::Admin, "admin", QT_TRANSLATE_NOOP("ad::Enums", "Administrator")},
};
const Entry<NominationStatus> kNominationStatuses[] = {
    {NominationStatus::Nominated, "nominated", QT_TRANSLATE_NOOP("ad::Enums", "Nominated")},
    {NominationStatus::InReview, "in_review", QT_TRANSLATE_NOOP("ad::Enums", "In review")},
    {NominationStatus::Cultivating, "cultivating", QT_TRANSLATE_NOOP("ad::Enums", "Cultivating")},
    {NominationStatus::Invited, "invited", QT_TRANSLATE_NOOP("ad::Enums", "Invited")},
    {NominationStatus::Enrolled, "enrolled", QT_TRANSLATE_NOOP("ad::Enums", "Enrolled")},
    {NominationStatus::Declined, "declined", QT_TRANSLATE_NOOP("ad::Enums", "Declined")},
    {NominationStatus::NotAFit, "not_a_fit", QT_TRANSLATE_NOOP("ad::Enums", "Not a fit")},
    {NominationStatus::Paused, "paused", QT_TRANSLATE_NOOP("ad::Enums", "Paused")},
};
const Entry<Barrier> kBarriers[] = {
    {Barrier::Low, "low", QT_TRANSLATE_NOOP("ad::Enums", "Low")},
    {Barrier::Medium, "medium", QT_TRANSLATE_NOOP("ad::Enums", "Medium")},
    {Barrier::High, "high", QT_TRANSLATE_NOOP("ad::Enums", "High")},
};
const Entry<ConsentAsset> kConsentAssets[] = {
    {ConsentAsset::Reference, "reference", QT_TRANSLATE_NOOP("ad::Enums", "Reference")},
    {ConsentAsset::Name, "name", QT_TRANSLATE_NOOP("ad::Enums", "Name")},
    {ConsentAsset::Logo, "logo", QT_TRANSLATE_NOOP("ad::Enums", "Logo")},
    {ConsentAsset::Quote, "quote", QT_TRANSLATE_NOOP("ad::Enums", "Quote")},
    {ConsentAsset::CaseStudy, "case_study", QT_TRANSLATE_NOOP("ad::Enums", "Case study")},
};
const Entry<TouchKind> kTouchKinds[] = {
    {TouchKind::CheckIn, "check_in", QT_TRANSLATE_NOOP("ad::Enums", "Check-in")},
    {TouchKind::BusinessReview, "business_review", QT_TRANSLATE_NOOP("ad::Enums", "Business review")},
    {TouchKind::ExecutiveCall, "executive_call", QT_TRANSLATE_NOOP("ad::Enums", "Executive call")},
    {TouchKind::Event, "event", QT_TRANSLATE_NOOP("ad::Enums", "Event")},
    {TouchKind::SocialEngagement, "social_engagement", QT_TRANSLATE_NOOP("ad::Enums", "Social engagement")},
};
const Entry<AppreciationKind> kAppreciationKinds[] = {
    {AppreciationKind::ThankYouNote, "thank_you_note", QT_TRANSLATE_NOOP("ad::Enums", "Thank-you note")},
    {AppreciationKind::ExecutiveThankYou, "executive_thank_you", QT_TRANSLATE_NOOP("ad::Enums", "Executive thank-you")},
    {AppreciationKind::Gift, "gift", QT_TRANSLATE_NOOP("ad::Enums", "Gift")},
    {AppreciationKind::PublicRecognition, "public_recognition", QT_TRANSLATE_NOOP("ad::Enums", "Public recognition")},
    {AppreciationKind::ExclusiveAccess, "exclusive_access", QT_TRANSLATE_NOOP("ad::Enums", "Exclusive access")},
    {AppreciationKind::EventInvite, "event_invite", QT_TRANSLATE_NOOP("ad::Enums", "Event invite")},
};
const Entry<RequestStatus> kRequestStatuses[] = {
    {RequestStatus::New, "new", QT_TRANSLATE_NOOP("ad::Enums", "New")},
    {RequestStatus::Matching, "matching", QT_TRANSLATE_NOOP("ad::Enums", "Matching")},
    {RequestStatus::Asked, "asked", QT_TRANSLATE_NOOP("ad::Enums", "Asked")},
    {RequestStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("ad::Enums", "Accepted")},
    {RequestStatus::Scheduled, "scheduled", QT_TRANSLATE_NOOP("ad::Enums", "Scheduled")},
    {RequestStatus::Completed, "completed", QT_TRANSLATE_NOOP("ad::Enums", "Completed")},
    {RequestStatus::Closed, "closed", QT_TRANSLATE_NOOP("ad::Enums", "Closed")},
    {RequestStatus::Declined, "declined", QT_TRANSLATE_NOOP("ad::Enums", "Declined")},
    {RequestStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ad::Enums", "Cancelled")},
    {RequestStatus::Expired, "expired", QT_TRANSLATE_NOOP("ad::Enums", "Expired")},
};

const Entry<Sentiment> kSentiments[] = {
    {Sentiment::Positive, "positive", QT_TRANSLATE_NOOP("ad::Enums", "Positive")},
    {Sentiment::Neutral, "neutral", QT_TRANSLATE_NOOP("ad::Enums", "Neutral")},
    {Sentiment::Negative, "negative", QT_TRANSLATE_NOOP("ad::Enums", "Negative")},
};

const Entry<ReferralStatus> kReferralStatuses[] = {
    {ReferralStatus::New, "new", QT_TRANSLATE_NOOP("ad::Enums", "New")},
    {ReferralStatus::Contacted, "contacted", QT_TRANSLATE_NOOP("ad::Enums", "Contacted")},
    {ReferralStatus::Qualified, "qualified", QT_TRANSLATE_NOOP("ad::Enums", "Qualified")},
    {ReferralStatus::Won, "won", QT_TRANSLATE_NOOP("ad::Enums", "Won")},
    {ReferralStatus::Lost, "lost", QT_TRANSLATE_NOOP("ad::Enums", "Lost")},
};

const char *const kJourneyStages[] = {
    QT_TRANSLATE_NOOP("ad::Enums", "Engaged customer"),
    QT_TRANSLATE_NOOP("ad::Enums", "Enthusiast"),
    QT_TRANSLATE_NOOP("ad::Enums", "Early-stage advocate"),
    QT_TRANSLATE_NOOP("ad::Enums", "Transitioning advocate"),
    QT_TRANSLATE_NOOP("ad::Enums", "Full-blown advocate"),
};

} // namespace

QString journeyStageName(int stage)
{
    if (stage < kFirstJourneyStage || stage > kLastJourneyStage)
        return {};
    return QCoreApplication::translate("ad::Enums", kJourneyStages[stage - 1]);
}

#define AD_DEFINE_ENUM_TEXT(Type, table)                                                                     \
    QString keyOf(Type value) { return keyIn(table, value); }                                               \
    std::optional<Type> parse##Type(const QString &key) { return parseIn(table, key); }                     \
    QString displayName(Type value) { return labelIn(table, value); }                                        \
    QList<Type> all##Type##Values() { return valuesIn(table); }

AD_DEFINE_ENUM_TEXT(Segment, kSegments)
AD_DEFINE_ENUM_TEXT(Health, kHealth)
AD_DEFINE_ENUM_TEXT(Tier, kTiers)
AD_DEFINE_ENUM_TEXT(UserRole, kRoles)
AD_DEFINE_ENUM_TEXT(NominationStatus, kNominationStatuses)
AD_DEFINE_ENUM_TEXT(Barrier, kBarriers)
AD_DEFINE_ENUM_TEXT(ConsentAsset, kConsentAssets)
AD_DEFINE_ENUM_TEXT(TouchKind, kTouchKinds)
AD_DEFINE_ENUM_TEXT(AppreciationKind, kAppreciationKinds)
AD_DEFINE_ENUM_TEXT(RequestStatus, kRequestStatuses)
AD_DEFINE_ENUM_TEXT(Sentiment, kSentiments)
AD_DEFINE_ENUM_TEXT(ReferralStatus, kReferralStatuses)

#undef AD_DEFINE_ENUM_TEXT

} // namespace ad
