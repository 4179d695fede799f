#pragma once

#include "ServiceContext.h"
#include "domain/Account.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace ad {

class AccountService
{
public:
    explicit AccountService(const ServiceContext &context) : m_context(context) {}

    // Creates the account; `input.id` is ignored and a new UUID assigned.
    Result<Account> create(const Account &input);
    Status update(const Account &account);
    Result<Account> get(const QString &id) const;
    Result<std::optional<Account>> findByName(const QString &name) const;
    // The id of the account findByName() finds, or an empty text: cheaper when only
    // the id is needed, as when import rows name their account.
    Result<QString> idByName(const QString &name) const;
    Result<QList<Account>> list() const;

    // The checks create() and update() make that need no database: name and ARR.
    static Status checkFields(const Account &account);

private:
    Status validateInput(const Account &account) const;
    const ServiceContext &m_context;
};

} // namespace ad
