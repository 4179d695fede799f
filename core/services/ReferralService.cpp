#include "ReferralService.h"

#include "AuditLog.h"
#include "ServiceContext.h"
#include "Validation.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"
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

} // namespace

Result<Referral> ReferralService::record(const Referral &input)
{
    Result<bool> exists = rowExists(m_context.db, QStringLiteral("advocates"), input.advocateId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(ErrorKind::NotFound, ValidationText::tr("The advocate does not exist."), QStringLiteral("advocate"));
    if (Status status = validate::required(input.referredCompany, QStringLiteral("referred_company"),
                                           ValidationText::tr("The referred company"));
        !status)
        return status.error();
    if (input.value < 0)
        return makeError(ErrorKind::Invalid, ValidationText::tr("A referral's value cannot be negative."),
                         QStringLiteral("value"));

    Referral referral = input;
    referral.id = newId();
    referral.referredCompany = referral.referredCompany.trimmed();
    referral.referredContact = referral.referredContact.trimmed();
    if (!referral.referredOn.isValid())
        referral.referredOn = m_context.clock.today();
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(m_context.db,
                    QStringLiteral("INSERT INTO referrals (id, advocate_id, referred_company, "
                                   "referred_contact, referred_on, status, value, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(referral.id)
        .bind(referral.advocateId)
        .bind(referral.referredCompany)
        .bind(referral.referredContact);
    insert.bind(time::toStorage(referral.referredOn)).bind(keyOf(referral.status)).bind(referral.value);
    insert.bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return referral;
}

Status ReferralService::setStatus(const QString &referralId, ReferralStatus status, qint64 value,
                                  const QString &reason)
{
    if (value < 0)
        return makeError(ErrorKind::Invalid, ValidationText::tr("A referral's value cannot be negative."),
                         QStringLiteral("value"));
    SqlQuery current(m_context.db, QStringLiteral("SELECT advocate_id, status FROM referrals WHERE id = ?"));
    current.bind(referralId);
    if (Status s = current.exec(); !s)
        return s;
    if (!current.next())
        return makeError(ErrorKind::NotFound, ValidationText::tr("The referral does not exist."), QStringLiteral("referral"));
    const QString advocateId = current.value(0).toString();
    const QString before = current.value(1).toString();
    current.raw().finish(); // a read statement left open would hold the file shared

    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery update(
        m_context.db,
        QStringLiteral("UPDATE referrals SET status = ?, value = ?, updated_at = ? WHERE id = ?"));
    update.bind(keyOf(status)).bind(value).bind(time::toStorage(m_context.clock.now())).bind(referralId);
    if (Status s = update.exec(); !s)
        return s;
    if (Status s = AuditLog(m_context).record(QStringLiteral("referral"), referralId, advocateId,
                                              QStringLiteral("status"), before, keyOf(status), reason);
        !s)
        return s;
    return transaction.commit();
}

Result<QList<Referral>> ReferralService::forAdvocate(const QString &advocateId) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT id, referred_company, referred_contact, referred_on, status, value "
                                  "FROM referrals WHERE advocate_id = ? ORDER BY referred_on DESC, id"));
    query.bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Referral> referrals;
    while (query.next()) {
        Referral r;
        r.id = query.value(0).toString();
        r.advocateId = advocateId;
        r.referredCompany = query.value(1).toString();
        r.referredContact = query.value(2).toString();
        r.referredOn = time::dateFromStorage(query.value(3));
        r.status = parseReferralStatus(query.value(4).toString()).value_or(ReferralStatus::New);
        r.value = query.value(5).toLongLong();
        referrals << r;
    }
    return referrals;
}

} // namespace ad
