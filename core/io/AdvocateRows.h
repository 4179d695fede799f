#pragma once

#include "ImportHandler.h"
#include "services/AccountBatch.h"
#include "services/AdvocateBatch.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace ad {

// Rows of an advocates file; an advocate is known by the case-folded email. A row
// naming an account that does not exist yet creates it (once per file).
// New accounts and advocates are written many rows at a time (AccountBatch,
// AdvocateBatch), accounts first; updates one by one through AdvocateService,
// with their audit events.
class AdvocateRows final : public ImportHandler
{
public:
    Status handle(ImportRow &row, ImportPass &pass) override;
    Status finish(ImportPass &pass) override;

private:
    // The account's id, creating it in a writing pass; counts new accounts.
    Result<QString> accountFor(const QString &name, ImportPass &pass);
    // Does an advocate in the database have this email (`key` is its emailKey)?
    Result<bool> emailInUse(const QString &email, const QString &key, ImportPass &pass);
    // Accounts before anything that refers to them: an advocate moving into the
    // table or being updated.
    Status writeNewAccounts();

    QHash<QString, int> m_seen;            // email key → line that first held it
    QHash<QString, QString> m_newAccounts; // case-folded name → id ("" while previewing)
    QHash<QString, QString> m_accounts;    // name as written → id of the account found for it
    bool m_keysRead = false;
    std::optional<QSet<QString>> m_keys; // every email key of the database, when it was small enough to read
    std::unique_ptr<AccountBatch> m_newAccountRows;
    std::unique_ptr<AdvocateBatch> m_batch;
};

} // namespace ad
