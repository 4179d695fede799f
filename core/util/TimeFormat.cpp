#include "TimeFormat.h"

#include <QTimeZone>

namespace ad::time {

QString toStorage(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QVariant toStorage(const QDate &date)
{
    if (!date.isValid())
        return QVariant(); // SQL NULL
    return date.toString(Qt::ISODate);
}

QDateTime instantFromStorage(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.toUTC();
}

QDate dateFromStorage(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace ad::time
