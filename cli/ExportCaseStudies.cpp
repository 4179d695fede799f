// export case-studies: the list marketing and sales may use, by consent.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "io/CaseStudyExport.h"

namespace ad {

ExitCode runExportCaseStudies(const Invocation &invocation, CliOutput &output)
{
    const QString format = invocation.value(QStringLiteral("--format"));
    CaseStudyExport::Format chosen = CaseStudyExport::Format::Csv;
    if (format == QLatin1String("json"))
        chosen = CaseStudyExport::Format::Json;
    else if (format != QLatin1String("csv"))
        return output.usageError(Cli::tr("--format takes csv or json, not “%1”.").arg(format),
                                 invocation.command->name);
    const CaseStudyFilter filter{.industry = invocation.value(QStringLiteral("--industry")),
                                 .region = invocation.value(QStringLiteral("--region")),
                                 .segment = invocation.value(QStringLiteral("--segment")),
                                 .product = invocation.value(QStringLiteral("--product")),
                                 .tier = invocation.value(QStringLiteral("--tier"))};

    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    const QString out = invocation.value(QStringLiteral("--out"));
    Result<int> written = CaseStudyExport((*context)->services().context()).write(out, chosen, filter);
    if (!written)
        return output.refused(written.error());
    output.out() << Cli::tr("Exported %n advocates to %1.", "", *written).arg(out) << Qt::endl;
    return ExitCode::Success;
}

} // namespace ad
