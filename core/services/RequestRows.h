#pragma once

#include "domain/Request.h"

#include <QString>

namespace ad {

class SqlQuery;

// How a request is read from its table, for every service that lists requests:
// the columns (alias `r`) and the row read back from them, starting at `first`.
QString requestColumns();
Request requestFrom(const SqlQuery &query, int first = 0);

} // namespace ad
