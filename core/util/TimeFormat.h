#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace ad::time {

// Dates are stored as ISO "YYYY-MM-DD" text and instants as ISO UTC text with
// milliseconds, so they sort as text and read the same in SQLite and PostgreSQL.
QString toStorage(const QDateTime &instant);
QVariant toStorage(const QDate &date); // a null date becomes SQL NULL
QDateTime instantFromStorage(const QVariant &value);
QDate dateFromStorage(const QVariant &value);

} // namespace ad::time
