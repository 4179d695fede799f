#include "NominationIntake.h"

#include "AccountService.h"
#include "AdvocateService.h"
#include "NominationService.h"
#include "ServiceContext.h"
#include "Validation.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace ad {

namespace {
// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Validation)
};

struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Undo)
};

// Rows recorded for the advocate besides the nomination: their presence means
// the person is in use and stays.
Result<int> recordsFor(Database &db, const QString &advocateId)
{
    SqlQuery count(db, QStringLiteral("SELECT (SELECT count(*) FROM touches WHERE advocate_id = ?)"
                                      " + (SELECT count(*) FROM advocate_notes WHERE advocate_id = ?)"
                                      " + (SELECT count(*) FROM asks WHERE advocate_id = ?)"
                                      " + (SELECT count(*) FROM participations WHERE advocate_id = ?)"
                                      " + (SELECT count(*) FROM appreciations WHERE advocate_id = ?)"
                                      " + (SELECT count(*) FROM referrals WHERE advocate_id = ?)"
                                      " + (SELECT count(*) FROM nps_responses WHERE advocate_id = ?)"
                                      " + (SELECT count(*) FROM feedback_items WHERE advocate_id = ?)"));
    for (int table = 0; table < 8; ++table)
        count.bind(advocateId);
    Result<QVariant> total = scalar(count);
    if (!total)
        return total.error();
    return total->toInt();
}
} // namespace

Result<NominationOutcome> NominationIntake::nominate(const NominationRequest &request)
{
    if (Status valid = validate::email(request.email); !valid)
        return valid.error();
    if (Status valid = validate::required(request.evidence, QStringLiteral("evidence"), ValidationText::tr("Evidence"));
        !valid)
        return valid.error();

    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    NominationOutcome outcome;
    AdvocateService advocates(m_context);
    Result<std::optional<Advocate>> existing = advocates.findByEmail(request.email);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        outcome.advocateId = (*existing)->id;
        outcome.accountId = (*existing)->accountId;
        Result<std::optional<Nomination>> earlier = NominationService(m_context).forAdvocate(outcome.advocateId);
        if (!earlier)
            return earlier.error();
        outcome.before = *earlier;
    } else {
        QString accountId = request.accountId;
        if (accountId.isEmpty()) {
            if (Status named =
                    validate::required(request.newAccountName, QStringLiteral("account"), ValidationText::tr("An account"));
                !named)
                return named.error();
            AccountService accounts(m_context);
            Result<std::optional<Account>> known = accounts.findByName(request.newAccountName.trimmed());
            if (!known)
                return known.error();
            if (known->has_value()) {
                accountId = (*known)->id;
            } else {
                Account account;
                account.name = request.newAccountName.trimmed();
                Result<Account> created = accounts.create(account);
                if (!created)
                    return created.error();
                accountId = created->id;
                outcome.createdAccount = true;
            }
        }
        Advocate advocate;
        advocate.email = request.email;
        advocate.name = request.name;
        advocate.title = request.title;
        advocate.accountId = accountId;
        advocate.signalValues = request.signalValues;
        advocate.ownerId = QString();
        Result<Advocate> created = advocates.create(advocate);
        if (!created)
            return created.error();
        outcome.advocateId = created->id;
        outcome.accountId = accountId;
        outcome.createdAdvocate = true;
    }
    Result<Nomination> nomination =
        NominationService(m_context).nominate(outcome.advocateId, request.evidence);
    if (!nomination)
        return nomination.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    outcome.nomination = *nomination;
    return outcome;
}

Status NominationIntake::withdraw(const NominationOutcome &outcome)
{
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    NominationService nominations(m_context);
    const Status nomination = outcome.before ? nominations.revert(*outcome.before, UndoText::tr("Undone"))
                                             : nominations.withdraw(outcome.nomination.id, UndoText::tr("Undone"));
    if (!nomination)
        return nomination;
    if (outcome.createdAdvocate) {
        Result<int> records = recordsFor(m_context.db, outcome.advocateId);
        if (!records)
            return records.error();
        if (*records == 0) {
            SqlQuery remove(m_context.db, QStringLiteral("DELETE FROM advocates WHERE id = ?"));
            remove.bind(outcome.advocateId);
            if (Status status = remove.exec(); !status)
                return status;
        }
    }
    if (outcome.createdAccount) {
        SqlQuery remove(m_context.db, QStringLiteral("DELETE FROM accounts WHERE id = ? AND NOT EXISTS "
                                                     "(SELECT 1 FROM advocates WHERE account_id = ?)"));
        remove.bind(outcome.accountId).bind(outcome.accountId);
        if (Status status = remove.exec(); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace ad
