#include "AccountService.h"

#include "Validation.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ad::Validation", text);
}

const QString kColumns = QStringLiteral(
    "id, name, industry, segment, region, country, products, arr, customer_since, renewal_date, health, "
    "open_escalation, owner_id, external_crm_id, created_at, updated_at");

// Products are kept as one "; "-separated text: few per account, read together.
const QString kProductSeparator = QStringLiteral("; ");

Account accountFrom(const SqlQuery &q)
{
    Account a;
    a.id = q.value(0).toString();
    a.name = q.value(1).toString();
    a.industry = q.value(2).toString();
    a.segment = parseSegment(q.value(3).toString()).value_or(Segment::MidMarket);
    a.region = q.value(4).toString();
    a.country = q.value(5).toString();
    const QString products = q.value(6).toString();
    a.products = products.isEmpty() ? QStringList() : products.split(kProductSeparator);
    a.arr = q.value(7).toLongLong();
    a.customerSince = time::dateFromStorage(q.value(8));
    a.renewalDate = time::dateFromStorage(q.value(9));
    a.health = parseHealth(q.value(10).toString()).value_or(Health::Healthy);
    a.openEscalation = q.value(11).toBool();
    a.ownerId = q.value(12).toString();
    a.externalCrmId = q.value(13).toString();
    a.createdAt = time::instantFromStorage(q.value(14));
    a.updatedAt = time::instantFromStorage(q.value(15));
    return a;
}

} // namespace

Status AccountService::validateInput(const Account &account) const
{
    if (Status status = validate::required(account.name, QStringLiteral("name"), tr("An account name")); !status)
        return status;
    if (account.arr < 0)
        return makeError(ErrorKind::Invalid, tr("ARR cannot be negative."), QStringLiteral("arr"));
    if (!account.ownerId.isEmpty()) {
        SqlQuery owner(m_context.db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
        owner.bind(account.ownerId);
        Result<QVariant> found = scalar(owner);
        if (!found)
            return found.error();
        if (found->isNull())
            return makeError(ErrorKind::NotFound, tr("The owning CSM does not exist."), QStringLiteral("owner"));
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
                                      .arg(kColumns));
    insert.bind(account.id).bind(account.name).bind(account.industry).bind(keyOf(account.segment));
    insert.bind(account.region).bind(account.country).bind(account.products.join(kProductSeparator));
    insert.bind(account.arr).bind(time::toStorage(account.customerSince)).bind(time::toStorage(account.renewalDate));
    insert.bind(keyOf(account.health)).bind(account.openEscalation ? 1 : 0).bind(nullIfEmpty(account.ownerId));
    insert.bind(account.externalCrmId).bind(now).bind(now);
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
    update.bind(account.name.trimmed()).bind(account.industry).bind(keyOf(account.segment)).bind(account.region);
    update.bind(account.country).bind(account.products.join(kProductSeparator)).bind(account.arr);
    update.bind(time::toStorage(account.customerSince)).bind(time::toStorage(account.renewalDate));
    update.bind(keyOf(account.health)).bind(account.openEscalation ? 1 : 0).bind(nullIfEmpty(account.ownerId));
    update.bind(account.externalCrmId).bind(time::toStorage(m_context.clock.now())).bind(account.id);
    if (Status status = update.exec(); !status)
        return status;
    if (update.rowsAffected() == 0)
        return makeError(ErrorKind::NotFound, tr("The account does not exist."), QStringLiteral("account"));
    return transaction.commit();
}

Result<Account> AccountService::get(const QString &id) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kColumns));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, tr("The account does not exist."), QStringLiteral("account"));
    return accountFrom(query);
}

Result<std::optional<Account>> AccountService::findByName(const QString &name) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT %1 FROM accounts WHERE name = ? COLLATE NOCASE ORDER BY created_at LIMIT 1")
                       .arg(kColumns));
    query.bind(name.trimmed());
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Account>();
    return std::optional<Account>(accountFrom(query));
}

Result<QString> AccountService::idByName(const QString &name) const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT id FROM accounts WHERE name = ? COLLATE NOCASE ORDER BY created_at LIMIT 1"));
    query.bind(name.trimmed());
    Result<QVariant> id = scalar(query);
    if (!id)
        return id.error();
    return id->toString();
}

Result<QList<Account>> AccountService::list() const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT %1 FROM accounts ORDER BY name COLLATE NOCASE").arg(kColumns));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Account> accounts;
    while (query.next())
        accounts << accountFrom(query);
    return accounts;
}

} // namespace ad
