#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>
#include <utility>

namespace ad {

// The one place that writes dates, numbers and money for a person to read, in
// the locale the application set from the chosen language (QLocale()). Files,
// storage and machine output keep ISO dates and plain numbers; they never come
// here. The C locale (a bare environment, the CLI's --json) reads as ISO dates
// and ungrouped numbers, so what a script sees stays stable.
class Formats
{
public:
    // The locale's long date without the weekday and with a short month name:
    // "Jan 1, 2025" (en_US), "1 Jan 2025" (ms), "2025年1月1日" (zh_TW). An
    // invalid date is an empty string.
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    // The same date without its year ("Jan 1", "1 Jan", "1月1日"), for a date
    // that is plainly this year.
    static QString dayAndMonth(const QDate &date, const QLocale &locale = QLocale());
    // The pattern date() writes, for a QDateEdit's display format.
    static QString dateFormat(const QLocale &locale = QLocale());
    // A month on a time axis: "Jan", or "Jan 2025" when `withYear`.
    static QString month(const QDate &firstDay, bool withYear, const QLocale &locale = QLocale());

    // 3318000 as "3,318,000" (the locale's group separator).
    static QString number(qint64 value, const QLocale &locale = QLocale());
    // 35.64 as "35.6" with `decimals` places.
    static QString decimal(double value, int decimals = 1, const QLocale &locale = QLocale());
    // A ratio 0.356 as "35.6%".
    static QString percent(double ratio, int decimals = 1, const QLocale &locale = QLocale());

    // A whole amount in `currency` (ISO 4217) where the locale puts the symbol:
    // "$3,318,000", "RM3,318,000", "NT$3,318,000".
    static QString money(qint64 amount, const QString &currency, const QLocale &locale = QLocale());
    // The same amount rounded to fit a tile or a column header: "$3.3M",
    // "RM854K", "NT$332萬". Below ten thousand it is the full amount.
    static QString compactMoney(qint64 amount, const QString &currency, const QLocale &locale = QLocale());
    // A count rounded the same way ("3.3M"), for chart axes.
    static QString compactNumber(qint64 value, const QLocale &locale = QLocale());

    // What goes before and after the digits of an amount in `currency`
    // ({"$", ""} in English, {"", " $"} in German): a spin box's prefix and suffix.
    static std::pair<QString, QString> currencyAffixes(const QString &currency,
                                                       const QLocale &locale = QLocale());
    // "$" for USD, "RM" for MYR, "NT$" for TWD; an unknown code is itself.
    static QString currencySymbol(const QString &currency);
    // Three letters A–Z: the shape of an ISO 4217 code.
    static bool isCurrencyCode(const QString &code);
    // Codes offered first in the settings (any well-formed code is accepted).
    static QStringList commonCurrencies();
};

} // namespace ad
