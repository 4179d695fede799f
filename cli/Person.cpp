// person export / person erase: personal-data requests about one advocate.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "io/PersonalData.h"

#include <QJsonObject>

namespace ad {

ExitCode runPersonExport(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    const QString out = invocation.value(QStringLiteral("--out"));
    if (Status status = PersonalData((*context)->services().context()).write(invocation.arguments.first(), out);
        !status)
        return output.refused(status.error());
    output.result(Cli::tr("Wrote everything held on %1 to %2.").arg(invocation.arguments.first(), out),
                  QJsonObject{{QStringLiteral("email"), invocation.arguments.first()}, {QStringLiteral("out"), out}});
    return ExitCode::Success;
}

ExitCode runPersonErase(const Invocation &invocation, CliOutput &output)
{
    // Nothing brings the person back, so a script must say so explicitly.
    if (!invocation.has(QStringLiteral("--yes")))
        return output.usageError(Cli::tr("Erasing a person cannot be undone; add --yes to confirm."),
                                 invocation.command->name);
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Result<PersonalData::Erasure> erased =
        PersonalData((*context)->services().context()).erase(invocation.arguments.first());
    if (!erased)
        return output.refused(erased.error());
    output.result(Cli::tr("Erased %1. Rows deleted: %2; texts scrubbed elsewhere: %3.")
                      .arg(invocation.arguments.first())
                      .arg(erased->rowsDeleted)
                      .arg(erased->textsScrubbed),
                  QJsonObject{{QStringLiteral("email"), invocation.arguments.first()},
                              {QStringLiteral("rows_deleted"), erased->rowsDeleted},
                              {QStringLiteral("texts_scrubbed"), erased->textsScrubbed}});
    return ExitCode::Success;
}

} // namespace ad
