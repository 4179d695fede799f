#include "ImportRow.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Import)
};

} // namespace

ImportRow::ImportRow(const CsvRecord &record, const QList<ColumnMapping::Binding> &bindings,
                     QList<ImportIssue> &issues)
    : m_record(record), m_bindings(bindings), m_issues(issues)
{
}

bool ImportRow::has(const QString &field) const
{
    for (const ColumnMapping::Binding &binding : m_bindings)
        if (binding.field == field)
            return true;
    return false;
}

QString ImportRow::text(const QString &field) const
{
    for (const ColumnMapping::Binding &binding : m_bindings)
        if (binding.field == field)
            return m_record.cells.value(binding.column).trimmed();
    return {};
}

QString ImportRow::requiredText(const QString &field)
{
    const QString value = text(field);
    if (value.isEmpty())
        fail(field, ImportText::tr("a value is required."));
    return value;
}

QDate ImportRow::date(const QString &field, bool required)
{
    QString value = text(field);
    if (value.isEmpty()) {
        if (required)
            fail(field, ImportText::tr("a date is required."));
        return {};
    }
    // CRM exports often carry a time after the date; the day is what matters here.
    if (value.size() > 10 && (value.at(10) == QLatin1Char('T') || value.at(10) == QLatin1Char(' ')))
        value.truncate(10);
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/MM/dd")}) {
        const QDate date = QDate::fromString(value, format);
        if (date.isValid())
            return date;
    }
    fail(field, ImportText::tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text(field)));
    return {};
}

std::optional<qint64> ImportRow::number(const QString &field, bool required, bool wholeOnly, qint64 minimum)
{
    QString value = text(field);
    if (value.isEmpty()) {
        if (required)
            fail(field, ImportText::tr("a number is required."));
        return std::nullopt;
    }
    // Thousands separators only in their unambiguous "1,234,567.89" form; a
    // leading currency sign is dropped.
    static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    static const QRegularExpression currency(QStringLiteral("^[$€£¥]\\s*"));
    value.remove(currency);
    if (grouped.match(value).hasMatch())
        value.remove(QLatin1Char(','));
    bool ok = false;
    const double parsed = QLocale::c().toDouble(value, &ok);
    if (!ok || !std::isfinite(parsed) || std::abs(parsed) > 1e15) {
        fail(field, ImportText::tr("“%1” is not a number.").arg(text(field)));
        return std::nullopt;
    }
    if (wholeOnly && parsed != std::floor(parsed)) {
        fail(field, ImportText::tr("“%1” is not a whole number.").arg(text(field)));
        return std::nullopt;
    }
    const auto rounded = static_cast<qint64>(std::llround(parsed));
    if (rounded < minimum) {
        fail(field, ImportText::tr("%1 is below the smallest allowed value, %2.").arg(text(field)).arg(minimum));
        return std::nullopt;
    }
    return rounded;
}

void ImportRow::fail(const QString &field, const QString &message)
{
    m_failed = true;
    m_issues << ImportIssue{line(), field, message};
}

} // namespace ad
