#include "Formats.h"

#include <QHash>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace ad {

namespace {

bool isC(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}

// Qt has no medium date format: the long one without its weekday, with an
// abbreviated month, is what CLDR's medium format is for most languages
// ("dddd, MMMM d, yyyy" → "MMM d, yyyy"; "yyyy年M月d日 dddd" → "yyyy年M月d日").
QString mediumFormat(const QLocale &locale)
{
    if (isC(locale))
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("[,،]?\\s*dddd[,،]?\\s*"));
    format.replace(weekday, QStringLiteral(" "));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return format.trimmed();
}

// One step of a compact scale: amounts from `divisor` on are written in it.
struct Scale
{
    double divisor;
    QString suffix;
};

// CLDR's short decimal forms for the languages the application speaks, and the
// English ones for the rest: Chinese counts in 萬 (10⁴) and 億 (10⁸), Malay in
// ribu, juta and bilion.
QList<Scale> scalesFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Chinese:
        if (locale.script() == QLocale::SimplifiedChineseScript)
            return {{1e8, QStringLiteral("亿")}, {1e4, QStringLiteral("万")}};
        return {{1e8, QStringLiteral("億")}, {1e4, QStringLiteral("萬")}};
    case QLocale::Japanese:
        return {{1e8, QStringLiteral("億")}, {1e4, QStringLiteral("万")}};
    case QLocale::Malay:
        return {{1e9, QStringLiteral("B")}, {1e6, QStringLiteral("J")}, {1e3, QStringLiteral("K")}};
    default:
        return {{1e9, QStringLiteral("B")}, {1e6, QStringLiteral("M")}, {1e3, QStringLiteral("K")}};
    }
}

// Below this a compact form saves nothing worth the lost digits.
constexpr qint64 kCompactFrom = 10'000;

struct Compact
{
    double mantissa;
    int decimals;
    QString suffix;
};

// 3318000 → {3.3, 1, "M"}: one decimal below ten, none above; a mantissa that
// rounds up to the next step moves there (999,960 is "1M", not "1000K").
std::optional<Compact> compactOf(qint64 value, const QLocale &locale)
{
    if (value < kCompactFrom)
        return std::nullopt;
    const QList<Scale> scales = scalesFor(locale);
    for (int i = 0; i < scales.size(); ++i) {
        if (value < scales[i].divisor)
            continue;
        double mantissa = value / scales[i].divisor;
        int decimals = mantissa < 10 ? 1 : 0;
        const double factor = decimals ? 10.0 : 1.0;
        mantissa = std::round(mantissa * factor) / factor;
        if (i > 0 && mantissa * scales[i].divisor >= scales[i - 1].divisor)
            return Compact{1.0, 0, scales[i - 1].suffix};
        if (decimals && mantissa == std::floor(mantissa))
            decimals = 0; // "$3M", not "$3.0M"
        return Compact{mantissa, decimals, scales[i].suffix};
    }
    return std::nullopt;
}

// Symbols as CLDR's English data writes them where the dollar or yen is not
// the reader's own: a Taiwanese reader sees "NT$", not a bare "$".
const QHash<QString, QString> &symbols()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("USD"), QStringLiteral("$")},   {QStringLiteral("TWD"), QStringLiteral("NT$")},
        {QStringLiteral("MYR"), QStringLiteral("RM")},  {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},   {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("CNY"), QStringLiteral("CN¥")}, {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("SGD"), QStringLiteral("S$")},  {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")}, {QStringLiteral("NZD"), QStringLiteral("NZ$")},
        {QStringLiteral("INR"), QStringLiteral("₹")},   {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("IDR"), QStringLiteral("Rp")},  {QStringLiteral("THB"), QStringLiteral("฿")},
        {QStringLiteral("PHP"), QStringLiteral("₱")},   {QStringLiteral("VND"), QStringLiteral("₫")},
        {QStringLiteral("BRL"), QStringLiteral("R$")},  {QStringLiteral("MXN"), QStringLiteral("MX$")},
    };
    return table;
}

// `digits` (already written in the locale) with the currency symbol where the
// locale puts it: the locale formats 1 with a marker, and the marker's place
// is the symbol's. A code without a symbol keeps a space from the digits.
QString withSymbol(const QString &digits, const QString &currency, const QLocale &locale)
{
    const bool known = symbols().contains(currency);
    const QString symbol = Formats::currencySymbol(currency);
    if (isC(locale))
        return symbol + (known ? QString() : QStringLiteral(" ")) + digits;
    const QString marker = QStringLiteral("\u00a4");
    const QString one = locale.toCurrencyString(qlonglong(1), marker);
    const qsizetype at = one.indexOf(marker);
    const qsizetype digit = one.indexOf(locale.toString(1));
    if (at < 0 || digit < 0)
        return symbol + QLatin1Char(' ') + digits;
    QString pattern = one;
    pattern.replace(digit, locale.toString(1).size(), QStringLiteral("\u0001"));
    // The marker now sits before or after the placeholder; an unknown code
    // written against the digits ("SEK3,318,000") needs a space.
    if (!known && pattern.contains(marker + QStringLiteral("\u0001")))
        pattern.replace(marker + QStringLiteral("\u0001"), marker + QStringLiteral("\u00a0\u0001"));
    if (!known && pattern.contains(QStringLiteral("\u0001") + marker))
        pattern.replace(QStringLiteral("\u0001") + marker, QStringLiteral("\u0001\u00a0") + marker);
    pattern.replace(marker, symbol);
    return pattern.replace(QStringLiteral("\u0001"), digits);
}

// A format with a part cut out may keep the literal that joined it to the
// rest: "d 'de' MMM 'de'" (Spanish without its year) is "d 'de' MMM".
QString withoutDanglingLiteral(QString format)
{
    static const QRegularExpression ends(QStringLiteral("^\\s*'[^']*'|'[^']*'\\s*$"));
    return format.trimmed().remove(ends).trimmed();
}

} // namespace

QString Formats::dateFormat(const QLocale &locale)
{
    return mediumFormat(locale);
}

QString Formats::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, mediumFormat(locale)) : QString();
}

QString Formats::dayAndMonth(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    if (isC(locale))
        return date.toString(QStringLiteral("MM-dd"));
    // The year and what ties it to the rest: ", yyyy", " yyyy", "yyyy年".
    static const QRegularExpression year(QStringLiteral("[,.\\s]*y+[年년]?[,.\\s]*"));
    QString format = mediumFormat(locale);
    format.replace(year, QStringLiteral(" "));
    return locale.toString(date, withoutDanglingLiteral(format));
}

QString Formats::month(const QDate &firstDay, bool withYear, const QLocale &locale)
{
    if (!firstDay.isValid())
        return {};
    if (isC(locale))
        return firstDay.toString(withYear ? QStringLiteral("yyyy-MM") : QStringLiteral("MMM"));
    if (!withYear)
        return locale.toString(firstDay, QStringLiteral("MMM"));
    // The medium date without its day: "Jan 2025", "2025年1月".
    static const QRegularExpression day(QStringLiteral("[,.\\s]*(?<![A-Za-z])d+(?![A-Za-z])[日일]?[,.\\s]*"));
    QString format = mediumFormat(locale);
    format.replace(day, QStringLiteral(" "));
    return locale.toString(firstDay, withoutDanglingLiteral(format));
}

QString Formats::number(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString Formats::decimal(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

QString Formats::percent(double ratio, int decimals, const QLocale &locale)
{
    return locale.toString(ratio * 100.0, 'f', decimals) + locale.percent();
}

QString Formats::money(qint64 amount, const QString &currency, const QLocale &locale)
{
    // A minus sign rather than the accounting parentheses some locales use.
    if (amount < 0)
        return locale.negativeSign() + money(-amount, currency, locale);
    return withSymbol(locale.toString(amount), currency, locale);
}

QString Formats::compactMoney(qint64 amount, const QString &currency, const QLocale &locale)
{
    if (amount < 0)
        return locale.negativeSign() + compactMoney(-amount, currency, locale);
    const std::optional<Compact> compact = compactOf(amount, locale);
    if (!compact)
        return money(amount, currency, locale);
    return withSymbol(locale.toString(compact->mantissa, 'f', compact->decimals) + compact->suffix, currency,
                      locale);
}

QString Formats::compactNumber(qint64 value, const QLocale &locale)
{
    if (value < 0)
        return locale.negativeSign() + compactNumber(-value, locale);
    const std::optional<Compact> compact = compactOf(value, locale);
    if (!compact)
        return number(value, locale);
    return locale.toString(compact->mantissa, 'f', compact->decimals) + compact->suffix;
}

std::pair<QString, QString> Formats::currencyAffixes(const QString &currency, const QLocale &locale)
{
    const QString placeholder = QStringLiteral("\u0002");
    const QString written = withSymbol(placeholder, currency, locale);
    const qsizetype at = written.indexOf(placeholder);
    return {written.left(at), written.mid(at + 1)};
}

QString Formats::currencySymbol(const QString &currency)
{
    return symbols().value(currency, currency);
}

bool Formats::isCurrencyCode(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{3}$"));
    return shape.match(code).hasMatch();
}

QStringList Formats::commonCurrencies()
{
    return {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("MYR"),
            QStringLiteral("TWD"), QStringLiteral("SGD"), QStringLiteral("AUD"), QStringLiteral("CAD"),
            QStringLiteral("JPY"), QStringLiteral("CNY"), QStringLiteral("HKD"), QStringLiteral("INR"),
            QStringLiteral("IDR"), QStringLiteral("THB"), QStringLiteral("PHP"), QStringLiteral("KRW")};
}

} // namespace ad
