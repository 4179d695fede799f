// import: CSV files of accounts, advocates, NPS responses, purchases or contributions.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Formatting.h"
#include "io/UserFile.h"
#include "io/Importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ad {

namespace {

// Enough to fix a file column by column without burying the terminal.
constexpr int kShownErrors = 20;

QStringList kindKeys()
{
    QStringList keys;
    for (ImportKind kind : allImportKinds())
        keys << keyOf(kind);
    return keys;
}

QJsonObject reportToJson(const ImportReport &report, ImportKind kind, bool dryRun)
{
    QJsonArray columns;
    for (const ColumnMapping::Binding &binding : report.columns)
        columns << QJsonObject{{QStringLiteral("field"), binding.field}, {QStringLiteral("header"), binding.header}};
    QJsonArray errors;
    for (const ImportIssue &issue : report.issues)
        errors << QJsonObject{{QStringLiteral("line"), issue.line},
                              {QStringLiteral("field"), issue.field},
                              {QStringLiteral("message"), issue.message}};
    return QJsonObject{{QStringLiteral("kind"), keyOf(kind)},
                       {QStringLiteral("file"), report.source},
                       {QStringLiteral("encoding"), report.encoding},
                       {QStringLiteral("delimiter"), QString(report.delimiter)},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("rows"), report.rows},
                       {QStringLiteral("created"), report.created},
                       {QStringLiteral("updated"), report.updated},
                       {QStringLiteral("skipped"), report.skipped},
                       {QStringLiteral("accounts_created"), report.accountsCreated},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("committed"), report.committed},
                       {QStringLiteral("refused_rows"), report.refusedRows()},
                       {QStringLiteral("errors"), errors}};
}

QString summary(const ImportReport &report, const QString &kind, bool dryRun)
{
    QString text = (dryRun ? Cli::tr("Would import %1: %2 new, %3 updated, %4 skipped.")
                           : Cli::tr("Imported %1: %2 new, %3 updated, %4 skipped."))
                       .arg(kind)
                       .arg(report.created)
                       .arg(report.updated)
                       .arg(report.skipped);
    if (report.accountsCreated > 0)
        text += QLatin1Char(' ') + (dryRun ? Cli::tr("%n new accounts would be created.", "", report.accountsCreated)
                                           : Cli::tr("%n new accounts created.", "", report.accountsCreated));
    return text;
}

} // namespace

ExitCode runImport(const Invocation &invocation, CliOutput &output)
{
    const QString command = invocation.command->name;
    const std::optional<ImportKind> kind = parseImportKind(invocation.arguments.at(0));
    if (!kind)
        return output.usageError(Cli::tr("“%1” is not something to import; use one of: %2.")
                                     .arg(invocation.arguments.at(0), kindKeys().join(QStringLiteral(", "))),
                                 command);
    ImportOptions options;
    options.kind = *kind;
    if (invocation.has(QStringLiteral("--on-duplicate"))) {
        const QString policy = invocation.value(QStringLiteral("--on-duplicate"));
        if (policy == QLatin1String("skip"))
            options.onDuplicate = DuplicatePolicy::Skip;
        else if (policy == QLatin1String("update"))
            options.onDuplicate = DuplicatePolicy::Update;
        else
            return output.usageError(Cli::tr("--on-duplicate takes skip or update, not “%1”.").arg(policy), command);
    }
    Result<ColumnMapping> mapping = ColumnMapping::fromName(invocation.value(QStringLiteral("--mapping")));
    if (!mapping)
        return output.refused(mapping.error());
    options.mapping = *mapping;
    options.skipBadRows = invocation.has(QStringLiteral("--skip-bad-rows"));
    if (invocation.has(QStringLiteral("--encoding"))) {
        options.encoding = TextDecoder::fromName(invocation.value(QStringLiteral("--encoding")));
        if (!options.encoding)
            return output.usageError(Cli::tr("--encoding takes utf-8, windows-1252, utf-16le or utf-16be, not “%1”.")
                                         .arg(invocation.value(QStringLiteral("--encoding"))),
                                     invocation.command->name);
    }

    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    const bool dryRun = invocation.has(QStringLiteral("--dry-run"));
    const Importer importer((*context)->services().context());
    const QString file = invocation.arguments.at(1);
    Result<ImportReport> report = dryRun ? importer.previewFile(file, options) : importer.commitFile(file, options);
    if (!report)
        return output.refused(report.error());

    if (invocation.has(QStringLiteral("--json")))
        output.out() << QString::fromUtf8(
            QJsonDocument(reportToJson(*report, *kind, dryRun)).toJson(QJsonDocument::Indented));
    if (invocation.has(QStringLiteral("--report"))) {
        const QString reportPath = invocation.value(QStringLiteral("--report"));
        if (Status saved = UserFile::write(reportPath, report->issuesCsv(), UserFile::Contents::PersonalData);
            !saved)
            return output.refused(saved.error());
    }
    if (report->hasIssues()) {
        const qsizetype shown = qMin<qsizetype>(report->issues.size(), kShownErrors);
        for (qsizetype i = 0; i < shown; ++i)
            output.error(report->describe(report->issues.at(i)));
        if (report->issues.size() > shown)
            output.error(Cli::tr("… and %1 more.").arg(report->issues.size() - shown));
        if (!options.skipBadRows)
            return output.refused(Cli::tr("%n rows with errors in %1; nothing was imported.", "",
                                          report->refusedRows())
                                      .arg(report->source));
        output.error(Cli::tr("%n rows with errors left out of %1.", "", report->refusedRows()).arg(report->source));
    }
    if (!invocation.has(QStringLiteral("--json")))
        output.out() << summary(*report, keyOf(*kind), dryRun) << Qt::endl;
    return ExitCode::Success;
}

} // namespace ad
