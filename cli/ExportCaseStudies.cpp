// export case-studies: the list marketing and sales may use, by consent.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "io/CaseStudyExport.h"
#include "io/CaseStudyPdf.h"

#include <QJsonObject>

namespace ad {

ExitCode runExportCaseStudies(const Invocation &invocation, CliOutput &output)
{
    const QString format = invocation.value(QStringLiteral("--format"));
    CaseStudyExport::Format chosen = CaseStudyExport::Format::Csv;
    const bool pdf = format == QLatin1String("pdf");
    if (format == QLatin1String("json"))
        chosen = CaseStudyExport::Format::Json;
    else if (format != QLatin1String("csv") && !pdf)
        return output.usageError(Cli::tr("--format takes csv, json or pdf, not “%1”.").arg(format),
                                 invocation.command->name);
    const CaseStudyFilter filter{.industry = invocation.value(QStringLiteral("--industry")),
                                 .region = invocation.value(QStringLiteral("--region")),
                                 .segment = invocation.value(QStringLiteral("--segment")),
                                 .product = invocation.value(QStringLiteral("--product")),
                                 .tier = invocation.value(QStringLiteral("--tier")),
                                 .anonymiseOthers = invocation.has(QStringLiteral("--anonymise"))};

    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    const QString out = invocation.value(QStringLiteral("--out"));
    const ServiceContext &services = (*context)->services().context();
    Result<int> written = 0;
    if (pdf) {
        // The PDF is drawn by the GUI's renderer; this command runs on a
        // QApplication (CommandSpec::draws) for its fonts.
        const Result<QList<CaseStudyEntry>> entries = CaseStudyExport(services).entries(filter);
        if (!entries)
            return output.refused(entries.error());
        written = CaseStudyPdf::write(out, *entries, filter, services.clock.today());
    } else {
        written = CaseStudyExport(services).write(out, chosen, filter);
    }
    if (!written)
        return output.refused(written.error());
    output.result(Cli::tr("Exported %n advocates to %1.", "", *written).arg(out),
                  QJsonObject{{QStringLiteral("out"), out}, {QStringLiteral("advocates"), *written}});
    return ExitCode::Success;
}

} // namespace ad
