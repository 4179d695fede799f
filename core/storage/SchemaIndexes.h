#pragma once

#include <QStringList>

namespace ad::schema {

// Version 4: indexes the request KPIs need at 100,000 advocates. "Was this
// request answered or delivered?" looks asks and contributions up by request;
// without them every request scanned both tables (docs/performance.md).
QStringList version4();

} // namespace ad::schema
