#pragma once

#include "ServiceContext.h"
#include "rules/ProgrammeRules.h"
#include "util/Result.h"

#include <QDate>
#include <QList>

namespace ad {

enum class FollowUpKind
{
    ThankYou,           // a contribution without appreciation
    FinalVersion,       // a case study whose final version was not shared with the advocate
    UnusedContribution, // an artifact still unpublished after the window
    OneWayRelationship, // asked, but no touch in the window
    StaleProfile,       // an enrolled advocate's profile not verified for too long
    StaleConsent,       // a current consent granted too long ago
    CsmCapacity,        // a CSM holds more enrolled advocates than one person can serve
};

QString keyOf(FollowUpKind kind);       // stable key for scripts: "thank_you", ...
QList<FollowUpKind> allFollowUpKinds(); // in the order above

// Contributions of this catalogue entry (the case study) owe the advocate a final version.
bool owesFinalVersion(const QString &activityName);
// The catalogue entries that owe a final version, decided by owesFinalVersion.
Result<QStringList> finalVersionActivityIds(const ServiceContext &context);

struct FollowUpItem
{
    FollowUpKind kind = FollowUpKind::ThankYou;
    QString advocateId; // empty for a CSM's capacity warning
    QString advocateName;
    QString advocateEmail;
    QString csm; // owning CSM's name, or empty
    QDate dueOn;
    QString action;    // what to do, in words
    QString relatedId; // the participation or consent it is about, if any
};

// Follow-up debt: what the programme owes its advocates, soonest due first.
class FollowUpService
{
public:
    FollowUpService(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    // Everything due; only what the named CSM owns when `csmName` is not empty
    // (NotFound when there is no such user).
    Result<QList<FollowUpItem>> due(const QString &csmName = {}) const;

    // The first `limit` items of due() and how many due() holds in all: what My
    // Day shows. Each kind reads only its soonest `limit` rows, and the total
    // is counted (FollowUpCounter), so a programme owing 100,000 thank-yous
    // does not word and sort every one of them.
    struct Digest
    {
        QList<FollowUpItem> soonest;
        int total = 0;
    };
    Result<Digest> digest(const QString &csmName, int limit) const;

    // What is owed to one advocate, soonest due first (a profile's next step).
    // A CSM's capacity is about the CSM, not the advocate, so it is not listed.
    Result<QList<FollowUpItem>> dueFor(const QString &advocateId) const;

private:
    // Whose debt is read: one CSM's advocates (empty: everyone's), or one advocate's.
    struct Scope
    {
        QString csm;
        QString advocateId;
    };
    // The items of due(), each kind cut to its soonest `limit` (-1: all), sorted.
    Result<QList<FollowUpItem>> collect(const Scope &scope, int limit) const;
    Status addContributions(QList<FollowUpItem> &items, const Scope &scope, FollowUpKind kind,
                            int limit) const;
    Status addOneWay(QList<FollowUpItem> &items, const Scope &scope, int limit) const;
    Status addStaleness(QList<FollowUpItem> &items, const Scope &scope, int limit) const;
    Status addCapacity(QList<FollowUpItem> &items, const QString &csm) const;
    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
