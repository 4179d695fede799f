#include "PurchaseRows.h"

#include "services/AccountService.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

Status PurchaseRows::handle(ImportRow &row, ImportPass &pass)
{
    const QString accountName = row.requiredText(QStringLiteral("account"));
    QString accountId;
    if (!accountName.isEmpty()) {
        Result<QString> account = AccountService(pass.context).idByName(accountName);
        if (!account)
            return account.error();
        if (!account->isEmpty())
            accountId = *account;
        else
            row.fail(QStringLiteral("account"),
                     QCoreApplication::translate("ad::Import", "unknown account “%1”; import the accounts first.")
                         .arg(accountName));
    }
    const QDate purchasedOn = row.date(QStringLiteral("date"), true);
    const std::optional<qint64> amount = row.number(QStringLiteral("amount"), true, false);
    if (row.failed())
        return {};
    ++pass.report.created;
    if (!pass.write)
        return {};
    // No service writes purchases yet; this joins the import's transaction.
    WriteTransaction transaction(pass.context.db);
    if (!transaction.isOpen())
        return transaction.error();
    const QString now = time::toStorage(pass.context.clock.now());
    SqlQuery insert(pass.context.db, QStringLiteral("INSERT INTO purchases (id, account_id, purchased_on, amount, "
                                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(newId()).bind(accountId).bind(time::toStorage(purchasedOn)).bind(*amount).bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status;
    return transaction.commit();
}

} // namespace ad
