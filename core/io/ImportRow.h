#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportReport.h"

#include <QDate>

#include <optional>

namespace ad {

// One record of an import file seen through the column mapping: cells by field,
// typed readers that record what is wrong instead of stopping at it.
class ImportRow
{
public:
    ImportRow(const CsvRecord &record, const QList<ColumnMapping::Binding> &bindings, QList<ImportIssue> &issues);

    int line() const { return m_record.line; }
    bool has(const QString &field) const;
    // The trimmed cell, or an empty text when the field has no column.
    QString text(const QString &field) const;
    // Empty text when allowed, else an issue saying the field is required.
    QString requiredText(const QString &field);
    // A null date when the cell is empty (an issue when required) or unreadable (an issue).
    QDate date(const QString &field, bool required);
    // A number of at least `minimum`; fractions allowed only when `wholeOnly` is false
    // (and then rounded). Empty: nullopt, with an issue when required.
    std::optional<qint64> number(const QString &field, bool required, bool wholeOnly, qint64 minimum = 0);

    void fail(const QString &field, const QString &message);
    bool failed() const { return m_failed; }

private:
    const CsvRecord &m_record;
    const QList<ColumnMapping::Binding> &m_bindings;
    QList<ImportIssue> &m_issues;
    bool m_failed = false;
};

} // namespace ad
