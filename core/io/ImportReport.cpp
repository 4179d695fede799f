#include "ImportReport.h"

namespace ad {

QString ImportReport::describe(const ImportIssue &issue) const
{
    const QString where = QStringLiteral("%1:%2: ").arg(source).arg(issue.line);
    if (issue.field.isEmpty())
        return where + issue.message;
    return where + issue.field + QStringLiteral(": ") + issue.message;
}

} // namespace ad
