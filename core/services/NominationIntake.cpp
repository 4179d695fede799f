#include "NominationIntake.h"

#include "AccountService.h"
#include "AdvocateService.h"
#include "NominationService.h"
#include "ServiceContext.h"
#include "Validation.h"
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

} // namespace ad
