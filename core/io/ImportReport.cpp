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
    CsvWriter csv;
    csv.addRow({QCoreApplication::translate("ad::Import", "file"), QCoreApplication::translate("ad::Import", "row"),
                QCoreApplication::translate("ad::Import", "column"), QCoreApplication::translate("ad::Import", "reason")});
    for (const ImportIssue &issue : issues)
        csv.addRow({source, QString::number(issue.line), issue.field, issue.message});
    return csv.bytes();
}

} // namespace ad
