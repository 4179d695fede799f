#pragma once

#include "domain/Account.h"

#include <QString>
#include <QVariantList>

namespace ad {
class SqlQuery;
}

// How an account is stored: the columns of its row and the values bound for them,
// shared by AccountService's one-row writes and AccountBatch's many-row ones.
namespace ad::accountRecord {

// Every column, in the order fromQuery() expects and an insert binds them.
extern const QString kColumns;

// The values of the editable fields, name to external_crm_id, as kColumns orders them.
QVariantList fieldValues(const Account &account);

// The account in the current row of a query that selected kColumns.
Account fromQuery(const SqlQuery &query);

} // namespace ad::accountRecord
