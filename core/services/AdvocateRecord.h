#pragma once

#include "domain/Advocate.h"

#include <QString>
#include <QVariantList>

namespace ad {
class SqlQuery;
}

// How an advocate is stored: the columns of its row and the values bound for them,
// shared by AdvocateService's one-row writes and AdvocateBatch's many-row ones.
namespace ad::advocateRecord {

// The columns a read selects, in the order fromQuery() expects; an insert adds email_key.
extern const QString kColumns;

// The editable fields, account_id to last_verified, as kColumns orders them.
QVariantList fieldValues(const Advocate &advocate);

// The advocate in the current row of a query that selected kColumns.
Advocate fromQuery(const SqlQuery &query);

} // namespace ad::advocateRecord
