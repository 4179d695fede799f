#include "ImportReport.h"

#include "CsvWriter.h"

#include <QCoreApplication>
#include <QSet>

namespace ad {

QString ImportReport::describe(const ImportIssue &issue) const
{
    const QString where = QStringLiteral("%1:%2: ").arg(source).arg(issue.line);
    if (issue.field.isEmpty())
        return where + issue.message;
    return where + issue.field + QStringLiteral(": ") + issue.message;
}

int ImportReport::refusedRows() const
{
    QSet<int> lines;
    for (const ImportIssue &issue : issues)
        lines.insert(issue.line);
    return int(lines.size());
}

QByteArray ImportReport::issuesCsv() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ad::Import", text); };
    CsvWriter csv;
    csv.addRow({tr("file"), tr("row"), tr("column"), tr("reason")});
    for (const ImportIssue &issue : issues)
        csv.addRow({source, QString::number(issue.line), issue.field, issue.message});
    return csv.bytes();
}

} // namespace ad
