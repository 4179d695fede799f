#include "AccountService.h"

#include "AccountRecord.h"
#include "Validation.h"
#include "storage/Database.h"
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

} // namespace

Status AccountService::checkFields(const Account &account)
{
    if (Status status = validate::required(account.name, QStringLiteral("name"), ValidationText::tr("An account name")); !status)
        return status;
    if (account.arr < 0)
        return makeError(ErrorKind::Invalid, ValidationText::tr("ARR cannot be negative."), QStringLiteral("arr"));
    return {};
}

Status AccountService::validateInput(const Account &account) const
{
    if (Status status = checkFields(account); !status)
        return status;
    if (!account.ownerId.isEmpty()) {
        SqlQuery owner(m_context.db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
        owner.bind(account.ownerId);
        Result<QVariant> found = scalar(owner);
        if (!found)
            return found.error();
        if (found->isNull())
            return makeError(ErrorKind::NotFound, ValidationText::tr("The owning CSM does not exist."), QStringLiteral("owner"));
    }
    return {};
}

Result<Account> AccountService::create(const Account &input)
{
    if (Status valid = validateInput(input); !valid)
        return valid.error();
    Account account = input;
    account.id = newId();
    account.name = input.name.trimmed();
    account.createdAt = account.updatedAt = m_context.clock.now();
    const QString now = time::toStorage(account.createdAt);

    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO accounts (%1) VALUES "
                                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(accountRecord::kColumns));
    insert.bind(account.id);
    for (const QVariant &value : accountRecord::fieldValues(account))
        insert.bind(value);
    insert.bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return account;
}

Status AccountService::update(const Account &account)
{
    if (Status valid = validateInput(account); !valid)
        return valid;
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery update(m_context.db,
                    QStringLiteral("UPDATE accounts SET name = ?, industry = ?, segment = ?, region = ?, country = ?, "
                                   "products = ?, arr = ?, customer_since = ?, renewal_date = ?, health = ?, "
                                   "open_escalation = ?, owner_id = ?, external_crm_id = ?, updated_at = ? "
                                   "WHERE id = ?"));
    for (const QVariant &value : accountRecord::fieldValues(account))
        update.bind(value);
    update.bind(time::toStorage(m_context.clock.now())).bind(account.id);
    if (Status status = update.exec(); !status)
        return status;
    if (update.rowsAffected() == 0)
        return makeError(ErrorKind::NotFound, ValidationText::tr("The account does not exist."), QStringLiteral("account"));
    return transaction.commit();
}

Result<Account> AccountService::get(const QString &id) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(accountRecord::kColumns));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, ValidationText::tr("The account does not exist."), QStringLiteral("account"));
    return accountRecord::fromQuery(query);
}

Result<std::optional<Account>> AccountService::findByName(const QString &name) const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT %1 FROM accounts WHERE %2 ORDER BY created_at LIMIT 1")
            .arg(accountRecord::kColumns, m_context.db.dialect().caseFoldedEquals(QStringLiteral("name"))));
    query.bind(name.trimmed());
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Account>();
    return std::optional<Account>(accountRecord::fromQuery(query));
}

Result<QString> AccountService::idByName(const QString &name) const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT id FROM accounts WHERE %1 ORDER BY created_at LIMIT 1")
            .arg(m_context.db.dialect().caseFoldedEquals(QStringLiteral("name"))));
    query.bind(name.trimmed());
    Result<QVariant> id = scalar(query);
    if (!id)
        return id.error();
    return id->toString();
}

Result<QList<Account>> AccountService::list() const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT %1 FROM accounts ORDER BY %2")
            .arg(accountRecord::kColumns, m_context.db.dialect().caseFolded(QStringLiteral("name"))));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Account> accounts;
    while (query.next())
        accounts << accountRecord::fromQuery(query);
    return accounts;
}

} // namespace ad
