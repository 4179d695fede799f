#pragma once

#include "ServiceContext.h"
#include "domain/Advocate.h"
#include "util/Result.h"

#include <QList>
#include <QSet>
#include <optional>

namespace ad {

// Advocates: people at accounts who could speak for the product.
class AdvocateService
{
public:
    explicit AdvocateService(const ServiceContext &context) : m_context(context) {}

    // Creates the advocate. Refuses a malformed or already-used email (compared
    // case-insensitively) and an unknown account; `input.id` is ignored.
    Result<Advocate> create(const Advocate &input);
    // Saves every field. Journey-stage and tier changes are audited.
    Status update(const Advocate &advocate, const QString &reason = {});
    Status remove(const QString &id);

    Result<Advocate> get(const QString &id) const;
    Result<std::optional<Advocate>> findByEmail(const QString &email) const;
    // Does an advocate have this email (compared case-insensitively)? Cheaper than
    // findByEmail when most emails are new, as in an import.
    Result<bool> emailInUse(const QString &email) const;
    // Every advocate's email key (validate::emailKey), if there are at most
    // `atMost` advocates; nullopt when there are more.
    Result<std::optional<QSet<QString>>> emailKeys(qint64 atMost) const;

    // The checks create() and update() make that need no database: name, email,
    // journey stage and signals.
    static Status checkFields(const Advocate &advocate);

    Status setJourneyStage(const QString &id, int stage, const QString &reason);
    Status setTier(const QString &id, Tier tier, const QString &reason);

    Result<Consent> grantConsent(const QString &advocateId, ConsentAsset asset, const QDate &grantedOn,
                                 const QDate &expiresOn = {}, const QString &note = {});
    Status revokeConsent(const QString &consentId, const QDate &revokedOn, const QString &reason);
    Result<QList<Consent>> consents(const QString &advocateId) const;
    Result<bool> hasCurrentConsent(const QString &advocateId, ConsentAsset asset, const QDate &on) const;

    Result<Note> addNote(const QString &advocateId, const QString &body);
    Result<QList<Note>> notes(const QString &advocateId) const;

private:
    Status validateInput(const Advocate &advocate, const QString &exceptId) const;
    Status requireExists(const QString &id) const;
    const ServiceContext &m_context;
};

} // namespace ad
