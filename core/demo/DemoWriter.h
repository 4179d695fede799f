#pragma once

#include "DemoGenerator.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "storage/BulkInsert.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <memory>

namespace ad::demo {

// Writes one demo programme inside the caller's transaction. Private to DemoGenerator.
class DemoWriter
{
public:
    DemoWriter(Database &db, const QDate &today, const DemoOptions &options);
    ~DemoWriter();

    Status run(const DemoGenerator::Progress &progress);

private:
    // The hard cases every rule needs; every 50th advocate plays each one.
    enum class Archetype { None, AskedTwice, Resting, Declined, NoConsent, Detractor, DoNotAsk, Stale, OneWay,
                           ThankYouDue, UnusedCaseStudy };
    struct ActivityRef { QString id; QString name; QString barrier; int points; };
    // `churned`: the customer left (renewal passed, nothing bought for a year); no advocate there is enrolled.
    struct AccountRef { QString id; QString name; QString domain; QString ownerId; QString timeZone; bool churned = false; };
    struct AdvocateRef { QString id; int stage; Archetype archetype; };

    Status loadActivityTypes();
    Status writeUsers();
    Status writeAccounts();
    Status writeAdvocate(int index);
    Status writeConsents(const QString &advocateId, int stage, Archetype archetype, bool churned);
    Status writeNps(const QString &advocateId, int stage, Archetype archetype);
    Status writeNomination(const QString &advocateId, int stage, bool hasReferenceConsent, bool churned);
    Status writeContributions(const QString &advocateId, int stage, Archetype archetype);
    Status writeContribution(const QString &advocateId, const ActivityRef &type, const QDate &on,
                             const QString &requestId, bool thanked);
    // count < 0 draws a natural number of touches.
    Status writeTouches(const QString &advocateId, Archetype archetype, int count = -1);
    Status writeExactTouches();
    Status writeExtras(const QString &advocateId, const AccountRef &account, int stage);
    Status writeRequests();
    Status writeAsk(const QString &requestId, const AdvocateRef &advocate, const ActivityRef &type,
                    const QDate &askedOn, const QString &answer, const QString &reason);
    Status audit(const QString &entityType, const QString &entityId, const QString &advocateId,
                 const QString &field, const QString &from, const QString &to, const QDate &on);

    const ActivityRef &activityNamed(const QString &name) const;
    const ActivityRef &anyActivity(bool lowBarrierMostly);
    QVariant day(const QDate &date) const; // ISO text, or SQL NULL for a null date
    QString stamp(const QDate &date) const;
    Status flushAll(BulkInsert::Flush leaves = BulkInsert::Flush::All);
    QDate daysAgo(int days) const { return m_today.addDays(-days); }

    Database &m_db;
    QDate m_today;
    DemoOptions m_options;
    DemoRandom m_random;
    DemoNames m_names;
    QList<ActivityRef> m_activities;
    QList<QString> m_csmIds;
    QList<QString> m_csmNames;
    QList<AccountRef> m_accounts;
    QList<AdvocateRef> m_advocates;
    mutable QHash<qint64, QString> m_dayTexts;
    QHash<QString, int> m_contributions; // per advocate id, kept only for exactProportions

    std::unique_ptr<BulkInsert> m_users, m_accountRows, m_purchases, m_advocateRows, m_consents, m_nps,
        m_nominations, m_participations, m_appreciations, m_touches, m_referrals, m_feedback, m_notes,
        m_preferences, m_requests, m_asks, m_audit;
};

} // namespace ad::demo
