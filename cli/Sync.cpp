// sync-export / sync-import: sharing changes between colleagues' files.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "io/SyncExporter.h"
#include "io/SyncImporter.h"
#include "io/SyncSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ad {

namespace {

QJsonObject reportToJson(const SyncReport &report)
{
    QJsonArray conflicts;
    for (const SyncConflict &c : report.conflicts) {
        QJsonArray fields;
        for (const SyncFieldDifference &f : c.fields)
            fields << QJsonObject{{QStringLiteral("column"), f.column},
                                  {QStringLiteral("mine"), f.mine},
                                  {QStringLiteral("theirs"), f.theirs}};
        conflicts << QJsonObject{{QStringLiteral("table"), c.table},
                                 {QStringLiteral("id"), c.id},
                                 {QStringLiteral("record"), c.record},
                                 {QStringLiteral("fields"), fields},
                                 {QStringLiteral("local_updated_at"), c.localUpdatedAt},
                                 {QStringLiteral("bundle_updated_at"), c.bundleUpdatedAt},
                                 {QStringLiteral("outcome"), c.outcome}};
    }
    return QJsonObject{{QStringLiteral("bundle_id"), report.bundleId},
                       {QStringLiteral("exported_by"), report.exportedBy},
                       {QStringLiteral("inserted"), report.inserted},
                       {QStringLiteral("updated"), report.updated},
                       {QStringLiteral("unchanged"), report.unchanged},
                       {QStringLiteral("kept_local"), report.keptLocal},
                       {QStringLiteral("matched_by_key"), report.matchedByKey},
                       {QStringLiteral("skipped_erased"), report.skippedErased},
                       {QStringLiteral("erased_here"), report.erasedHere},
                       {QStringLiteral("seen_before"), report.seenBefore},
                       {QStringLiteral("merged"), report.merged},
                       {QStringLiteral("users_ignored"), report.usersIgnored},
                       {QStringLiteral("settings_kept"), report.settingsKept},
                       {QStringLiteral("to_confirm"), QJsonArray::fromStringList(report.toConfirm)},
                       {QStringLiteral("signer_fingerprint"), report.signerFingerprint},
                       {QStringLiteral("signer_unknown"), report.signerUnknown},
                       {QStringLiteral("conflicts"), conflicts}};
}

} // namespace

ExitCode runSyncExport(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    const QString out = invocation.value(QStringLiteral("--out"));
    Result<SyncExporter::Summary> summary =
        SyncExporter((*context)->services().context()).write(out, invocation.has(QStringLiteral("--full")));
    if (!summary)
        return output.refused(summary.error());
    const QJsonObject json{{QStringLiteral("out"), out},
                           {QStringLiteral("rows"), summary->rows},
                           {QStringLiteral("since"), summary->since.isEmpty() ? QJsonValue() : summary->since}};
    if (summary->since.isEmpty())
        output.result(Cli::tr("Wrote all %n rows to %1.", "", summary->rows).arg(out), json);
    else
        output.result(Cli::tr("Wrote %n rows changed since %1 to %2.", "", summary->rows).arg(summary->since, out),
                      json);
    return ExitCode::Success;
}

ExitCode runSyncImport(const Invocation &invocation, CliOutput &output)
{
    SyncDecisions decisions;
    if (invocation.has(QStringLiteral("--on-conflict"))) {
        const QString choice = invocation.value(QStringLiteral("--on-conflict"));
        if (choice == QLatin1String("keep-mine"))
            decisions.all = ConflictChoice::KeepMine;
        else if (choice == QLatin1String("take-theirs"))
            decisions.all = ConflictChoice::TakeTheirs;
        else
            return output.usageError(
                Cli::tr("--on-conflict takes keep-mine or take-theirs, not “%1”.").arg(choice),
                invocation.command->name);
    }
    decisions.confirmed = invocation.has(QStringLiteral("--yes"));
    decisions.trustFingerprint = invocation.value(QStringLiteral("--trust")).trimmed().toUpper();
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Result<SyncReport> report =
        SyncImporter((*context)->services().context()).mergeFile(invocation.arguments.first(), decisions);
    if (!report)
        return output.refused(report.error());
    if (invocation.has(QStringLiteral("--json")))
        output.out() << QString::fromUtf8(QJsonDocument(reportToJson(*report)).toJson(QJsonDocument::Indented));
    if (report->signerUnknown) {
        output.error(Cli::tr("%1 is signed by a key this programme has not seen: %2, fingerprint %3.")
                         .arg(invocation.arguments.first(),
                              report->exportedBy.isEmpty() ? Cli::tr("a colleague") : report->exportedBy,
                              report->signerFingerprint));
        return output.refused(Cli::tr("Compare the fingerprint with the one your colleague's "
                                      "'advocatedesk-cli sync-key' shows (by phone or in person), then run again "
                                      "with --trust \"%1\". Nothing was merged.")
                                  .arg(report->signerFingerprint));
    }
    if (!report->merged && report->undecided() == 0) {
        for (const QString &change : std::as_const(report->toConfirm))
            output.error(Cli::tr("the bundle would %1").arg(change));
        return output.refused(Cli::tr("The bundle erases people or changes consents (%n changes above); "
                                      "nothing was merged. Run again with --yes to accept them.",
                                      "", int(report->toConfirm.size())));
    }
    if (!report->merged) {
        for (const SyncConflict &c : report->conflicts) {
            if (c.outcome != QLatin1String("undecided"))
                continue;
            output.error(Cli::tr("conflict: %1 %2 %3 (changed here %4, in the bundle %5)")
                             .arg(c.table, c.id, c.record, c.localUpdatedAt, c.bundleUpdatedAt));
            for (const SyncFieldDifference &f : c.fields)
                output.error(Cli::tr("  %1: mine “%2”, theirs “%3”").arg(f.column, f.mine, f.theirs));
        }
        return output.refused(Cli::tr("%n rows changed on both sides; nothing was merged. Run again with "
                                      "--on-conflict keep-mine or --on-conflict take-theirs.",
                                      "", report->undecided()));
    }
    if (invocation.has(QStringLiteral("--json")))
        return ExitCode::Success;
    output.out() << Cli::tr("Merged the bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept (ours newer), "
                            "%n conflicts.", "", int(report->conflicts.size()))
                        .arg(report->exportedBy.isEmpty() ? Cli::tr("a colleague") : report->exportedBy)
                        .arg(report->inserted)
                        .arg(report->updated)
                        .arg(report->unchanged)
                        .arg(report->keptLocal)
                 << Qt::endl;
    if (report->erasedHere > 0)
        output.out() << Cli::tr("People erased on request there and erased here too: %n.", "", report->erasedHere)
                     << Qt::endl;
    if (report->usersIgnored > 0)
        output.out() << Cli::tr("%n people of the colleague's file are not users here; a bundle never adds users, "
                                "so what they own is left without an owner.",
                                "", report->usersIgnored)
                     << Qt::endl;
    if (report->settingsKept > 0)
        output.out() << Cli::tr("%n changes to users or activity types were not taken: a bundle never changes "
                                "them here.",
                                "", report->settingsKept)
                     << Qt::endl;
    for (const SyncConflict &c : report->conflicts)
        output.out() << Cli::tr("conflict: %1 %2 (here %3, bundle %4): %5")
                            .arg(c.table, c.id, c.localUpdatedAt, c.bundleUpdatedAt, c.outcome)
                     << Qt::endl;
    return ExitCode::Success;
}

ExitCode runSyncKey(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Result<SyncSignature::Signer> own = SyncSignature((*context)->services().context()).own();
    if (!own)
        return output.refused(own.error());
    output.result(Cli::tr("This programme signs its bundles with the key whose fingerprint is %1.")
                      .arg(own->fingerprint),
                  QJsonObject{{QStringLiteral("fingerprint"), own->fingerprint},
                              {QStringLiteral("public_key"), own->publicKey}});
    return ExitCode::Success;
}

} // namespace ad
