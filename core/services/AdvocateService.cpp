#include "AdvocateService.h"

#include "AdvocateRecord.h"
#include "AuditLog.h"
#include "Validation.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Validation)
};

Consent consentFrom(const SqlQuery &q)
{
    return Consent{q.value(0).toString(),
                   q.value(1).toString(),
                   parseConsentAsset(q.value(2).toString()).value_or(ConsentAsset::Reference),
                   time::dateFromStorage(q.value(3)),
                   time::dateFromStorage(q.value(4)),
                   time::dateFromStorage(q.value(5)),
                   q.value(6).toString()};
}

} // namespace

Status AdvocateService::checkFields(const Advocate &a)
{
    if (Status status = validate::required(a.name, QStringLiteral("name"), ValidationText::tr("A name")); !status)
        return status;
    if (Status status = validate::email(a.email); !status)
        return status;
    if (a.journeyStage < kFirstJourneyStage || a.journeyStage > kLastJourneyStage)
        return makeError(ErrorKind::Invalid, ValidationText::tr("The journey stage must be between 1 and 5."),
                         QStringLiteral("journey_stage"));
    for (int i = 0; i < kSignalCount; ++i) {
        if (a.signalValues.values[i] < 0 || a.signalValues.values[i] > kSignalMax)
            return makeError(ErrorKind::Invalid,
                             ValidationText::tr("%1 must be rated from 0 to 5.").arg(signalName(static_cast<Signal>(i))),
                             QStringLiteral("signals"));
    }
    return {};
}

Status AdvocateService::validateInput(const Advocate &a, const QString &exceptId) const
{
    if (Status status = checkFields(a); !status)
        return status;

    SqlQuery account(m_context.db, QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"));
    account.bind(a.accountId);
    Result<QVariant> accountFound = scalar(account);
    if (!accountFound)
        return accountFound.error();
    if (accountFound->isNull())
        return makeError(ErrorKind::NotFound, ValidationText::tr("Unknown account: choose an existing account or create it first."),
                         QStringLiteral("account"));

    if (!a.ownerId.isEmpty()) {
        SqlQuery owner(m_context.db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
        owner.bind(a.ownerId);
        Result<QVariant> ownerFound = scalar(owner);
        if (!ownerFound)
            return ownerFound.error();
        if (ownerFound->isNull())
            return makeError(ErrorKind::NotFound, ValidationText::tr("The owning CSM does not exist."), QStringLiteral("owner"));
    }

    SqlQuery duplicate(m_context.db, QStringLiteral("SELECT name FROM advocates WHERE email_key = ? AND id <> ?"));
    duplicate.bind(validate::emailKey(a.email)).bind(exceptId);
    Result<QVariant> holder = scalar(duplicate);
    if (!holder)
        return holder.error();
    if (!holder->isNull())
        return makeError(ErrorKind::Duplicate,
                         ValidationText::tr("The email %1 already belongs to %2.").arg(a.email.trimmed(), holder->toString()),
                         QStringLiteral("email"));
    return {};
}

Status AdvocateService::requireExists(const QString &id) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT 1 FROM advocates WHERE id = ?"));
    query.bind(id);
    Result<QVariant> found = scalar(query);
    if (!found)
        return found.error();
    if (found->isNull())
        return makeError(ErrorKind::NotFound, ValidationText::tr("The advocate does not exist."), QStringLiteral("advocate"));
    return {};
}

Result<Advocate> AdvocateService::create(const Advocate &input)
{
    if (Status valid = validateInput(input, QString()); !valid)
        return valid.error();
    Advocate advocate = input;
    advocate.id = newId();
    advocate.name = input.name.trimmed();
    advocate.title = input.title.trimmed();
    advocate.email = input.email.trimmed();
    advocate.createdAt = advocate.updatedAt = m_context.clock.now();
    const QString now = time::toStorage(advocate.createdAt);

    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(
        m_context.db,
        QStringLiteral("INSERT INTO advocates (%1, email_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(advocateRecord::kColumns));
    insert.bind(advocate.id);
    for (const QVariant &value : advocateRecord::fieldValues(advocate))
        insert.bind(value);
    insert.bind(now).bind(now).bind(validate::emailKey(advocate.email));
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return advocate;
}

Status AdvocateService::update(const Advocate &advocate, const QString &reason)
{
    Result<Advocate> before = get(advocate.id);
    if (!before)
        return before.error();
    if (Status valid = validateInput(advocate, advocate.id); !valid)
        return valid;

    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery update(m_context.db,
                    QStringLiteral("UPDATE advocates SET account_id = ?, name = ?, title = ?, email = ?, phone = ?, "
                                   "profile_url = ?, language = ?, time_zone = ?, journey_stage = ?, tier = ?, "
                                   "signal_satisfaction = ?, signal_outcomes = ?, signal_relationship = ?, "
                                   "signal_communication = ?, signal_company_fit = ?, signal_willingness = ?, "
                                   "do_not_ask_until = ?, nudge_fatigue = ?, success_story = ?, value_outcomes = ?, "
                                   "owner_id = ?, last_verified = ?, email_key = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &value : advocateRecord::fieldValues(advocate))
        update.bind(value);
    update.bind(validate::emailKey(advocate.email)).bind(time::toStorage(m_context.clock.now())).bind(advocate.id);
    if (Status status = update.exec(); !status)
        return status;

    AuditLog audit(m_context);
    if (before->journeyStage != advocate.journeyStage) {
        if (Status status = audit.record(QStringLiteral("advocate"), advocate.id, advocate.id,
                                         QStringLiteral("journey_stage"), QString::number(before->journeyStage),
                                         QString::number(advocate.journeyStage), reason);
            !status)
            return status;
    }
    if (before->tier != advocate.tier) {
        if (Status status = audit.record(QStringLiteral("advocate"), advocate.id, advocate.id, QStringLiteral("tier"),
                                         keyOf(before->tier), keyOf(advocate.tier), reason);
            !status)
            return status;
    }
    return transaction.commit();
}

Status AdvocateService::remove(const QString &id)
{
    if (Status exists = requireExists(id); !exists)
        return exists;
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery remove(m_context.db, QStringLiteral("DELETE FROM advocates WHERE id = ?"));
    remove.bind(id);
    if (Status status = remove.exec(); !status)
        return status;
    return transaction.commit();
}

Result<Advocate> AdvocateService::get(const QString &id) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT %1 FROM advocates WHERE id = ?").arg(advocateRecord::kColumns));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, ValidationText::tr("The advocate does not exist."), QStringLiteral("advocate"));
    return advocateRecord::fromQuery(query);
}

Result<std::optional<Advocate>> AdvocateService::findByEmail(const QString &email) const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT %1 FROM advocates WHERE email_key = ?").arg(advocateRecord::kColumns));
    query.bind(validate::emailKey(email));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Advocate>();
    return std::optional<Advocate>(advocateRecord::fromQuery(query));
}

Result<bool> AdvocateService::emailInUse(const QString &email) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT 1 FROM advocates WHERE email_key = ?"));
    query.bind(validate::emailKey(email));
    Result<QVariant> found = scalar(query);
    if (!found)
        return found.error();
    return !found->isNull();
}

Result<std::optional<QSet<QString>>> AdvocateService::emailKeys(qint64 atMost) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT email_key FROM advocates LIMIT ?"));
    query.bind(atMost + 1);
    if (Status status = query.exec(); !status)
        return status.error();
    QSet<QString> keys;
    while (query.next()) {
        if (keys.size() == atMost)
            return std::optional<QSet<QString>>();
        keys.insert(query.value(0).toString());
    }
    return std::optional<QSet<QString>>(std::move(keys));
}

Status AdvocateService::setJourneyStage(const QString &id, int stage, const QString &reason)
{
    Result<Advocate> advocate = get(id);
    if (!advocate)
        return advocate.error();
    advocate->journeyStage = stage;
    return update(*advocate, reason);
}

Status AdvocateService::setTier(const QString &id, Tier tier, const QString &reason)
{
    Result<Advocate> advocate = get(id);
    if (!advocate)
        return advocate.error();
    advocate->tier = tier;
    return update(*advocate, reason);
}

Result<Consent> AdvocateService::grantConsent(const QString &advocateId, ConsentAsset asset, const QDate &grantedOn,
                                              const QDate &expiresOn, const QString &note)
{
    if (Status exists = requireExists(advocateId); !exists)
        return exists.error();
    if (Status valid = validate::date(grantedOn, QStringLiteral("granted_on"), ValidationText::tr("The consent date")); !valid)
        return valid.error();
    if (expiresOn.isValid() && expiresOn < grantedOn)
        return makeError(ErrorKind::Invalid, ValidationText::tr("A consent cannot expire before it was given."),
                         QStringLiteral("expires_on"));
    const Consent consent{newId(), advocateId, asset, grantedOn, expiresOn, QDate(), note};
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO consents (id, advocate_id, asset, granted_on, expires_on, "
                                                 "note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(consent.id).bind(advocateId).bind(keyOf(asset)).bind(time::toStorage(grantedOn));
    insert.bind(time::toStorage(expiresOn)).bind(note).bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status = AuditLog(m_context).record(QStringLiteral("consent"), consent.id, advocateId,
                                                   QStringLiteral("consent.") + keyOf(asset), QString(),
                                                   QStringLiteral("granted"), note);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return consent;
}

Status AdvocateService::revokeConsent(const QString &consentId, const QDate &revokedOn, const QString &reason)
{
    SqlQuery find(m_context.db, QStringLiteral("SELECT advocate_id, asset FROM consents WHERE id = ?"));
    find.bind(consentId);
    if (Status status = find.exec(); !status)
        return status;
    if (!find.next())
        return makeError(ErrorKind::NotFound, ValidationText::tr("The consent does not exist."), QStringLiteral("consent"));
    const QString advocateId = find.value(0).toString();
    const QString asset = find.value(1).toString();
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery update(m_context.db, QStringLiteral("UPDATE consents SET revoked_on = ?, updated_at = ? WHERE id = ?"));
    update.bind(time::toStorage(revokedOn)).bind(time::toStorage(m_context.clock.now())).bind(consentId);
    if (Status status = update.exec(); !status)
        return status;
    if (Status status = AuditLog(m_context).record(QStringLiteral("consent"), consentId, advocateId,
                                                   QStringLiteral("consent.") + asset, QStringLiteral("granted"),
                                                   QStringLiteral("revoked"), reason);
        !status)
        return status;
    return transaction.commit();
}

Result<QList<Consent>> AdvocateService::consents(const QString &advocateId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT id, advocate_id, asset, granted_on, expires_on, revoked_on, note "
                                                "FROM consents WHERE advocate_id = ? ORDER BY granted_on, rowid"));
    query.bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Consent> consents;
    while (query.next())
        consents << consentFrom(query);
    return consents;
}

Result<bool> AdvocateService::hasCurrentConsent(const QString &advocateId, ConsentAsset asset, const QDate &on) const
{
    Result<QList<Consent>> all = consents(advocateId);
    if (!all)
        return all.error();
    for (const Consent &consent : *all)
        if (consent.asset == asset && consent.isCurrentOn(on))
            return true;
    return false;
}

Result<Note> AdvocateService::addNote(const QString &advocateId, const QString &body)
{
    if (Status exists = requireExists(advocateId); !exists)
        return exists.error();
    if (Status valid = validate::required(body, QStringLiteral("body"), ValidationText::tr("A note")); !valid)
        return valid.error();
    const Note note{newId(), advocateId, body.trimmed(), m_context.actor, m_context.clock.now()};
    const QString now = time::toStorage(note.createdAt);
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO advocate_notes (id, advocate_id, body, author, "
                                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(note.id).bind(advocateId).bind(note.body).bind(note.author).bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return note;
}

Result<QList<Note>> AdvocateService::notes(const QString &advocateId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT id, advocate_id, body, author, created_at FROM advocate_notes "
                                                "WHERE advocate_id = ? ORDER BY created_at, rowid"));
    query.bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Note> notes;
    while (query.next())
        notes << Note{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), time::instantFromStorage(query.value(4))};
    return notes;
}

} // namespace ad
