// nominate: put an advocate into the nomination pipeline.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"

#include <QJsonObject>

namespace ad {

ExitCode runNominate(const Invocation &invocation, CliOutput &output)
{
    const QString evidence = invocation.value(QStringLiteral("--evidence"));

    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Result<Advocate> advocate = (*context)->advocateByEmail(invocation.arguments.first());
    if (!advocate)
        return output.refused(advocate.error());
    Result<Nomination> nomination = (*context)->services().nominations().nominate(advocate->id, evidence);
    if (!nomination)
        return output.refused(nomination.error());
    output.result(nomination->id, QJsonObject{{QStringLiteral("id"), nomination->id},
                                              {QStringLiteral("advocate_id"), advocate->id},
                                              {QStringLiteral("email"), advocate->email}});
    return ExitCode::Success;
}

} // namespace ad
