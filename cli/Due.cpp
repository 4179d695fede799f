// due: follow-up debt, soonest first.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Formatting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ad {

ExitCode runDue(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Result<QList<FollowUpItem>> items =
        (*context)->services().followUps().due(invocation.value(QStringLiteral("--csm")));
    if (!items)
        return output.refused(items.error());

    if (invocation.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const FollowUpItem &item : std::as_const(*items))
            array << QJsonObject{{QStringLiteral("kind"), keyOf(item.kind)},
                                 {QStringLiteral("email"), item.advocateEmail},
                                 {QStringLiteral("name"), item.advocateName},
                                 {QStringLiteral("csm"), item.csm},
                                 {QStringLiteral("due"), item.dueOn.toString(Qt::ISODate)},
                                 {QStringLiteral("action"), item.action}};
        output.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    if (items->isEmpty()) {
        output.out() << Cli::tr("Nothing is due.") << Qt::endl;
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const FollowUpItem &item : std::as_const(*items))
        rows << QStringList{item.dueOn.toString(Qt::ISODate), keyOf(item.kind),
                            item.advocateEmail.isEmpty() ? item.csm : item.advocateEmail, item.action};
    for (const QString &line : alignedRows(rows))
        output.out() << line << Qt::endl;
    return ExitCode::Success;
}

} // namespace ad
