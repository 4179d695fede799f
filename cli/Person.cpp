// person export / person erase: personal-data requests about one advocate.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "io/PersonalData.h"
#include "storage/Backup.h"

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
    // A server has no backups folder of ours: its copies are whatever its
    // administrator keeps (pg_dump) and the snapshots people wrote.
    const bool server = (*context)->database().backend() == Backend::Postgres;
    if (server && invocation.has(QStringLiteral("--scrub-backups")))
        return output.refused(Cli::tr("--scrub-backups rewrites the backups folder beside a database file; a "
                                      "server has none. Run without it, then erase the person from the "
                                      "server's own backups and from any snapshot taken with 'backup --out'. "
                                      "Nothing was changed."));
    PersonalData personalData((*context)->services().context());
    Result<PersonalData::Erasure> erased = personalData.erase(invocation.arguments.first());
    if (!erased)
        return output.refused(erased.error());
    const QString backups = server ? QString() : backup::folderFor((*context)->database().path());
    const int copies = server ? 0 : int(backup::listAll((*context)->database().path()).size());
    int rewritten = 0;
    if (invocation.has(QStringLiteral("--scrub-backups"))) {
        Result<int> scrubbed = personalData.eraseFromBackups(invocation.arguments.first());
        if (!scrubbed)
            return output.refused(
                Cli::tr("The person was erased from the database, but rewriting the backups failed: %1")
                    .arg(scrubbed.error().message));
        rewritten = *scrubbed;
    }
    QString text = Cli::tr("Erased %1. Rows deleted: %2; texts scrubbed elsewhere: %3.")
                       .arg(invocation.arguments.first())
                       .arg(erased->rowsDeleted)
                       .arg(erased->textsScrubbed);
    if (invocation.has(QStringLiteral("--scrub-backups")))
        text += QLatin1Char('\n') + Cli::tr("Rewrote %n backups in %1 without them.", nullptr, rewritten).arg(backups);
    else if (copies > 0)
        text += QLatin1Char('\n')
                + Cli::tr("%n backups in %1 were taken before and still hold them; run again with "
                          "--scrub-backups to rewrite them, or restore one: it erases them again.",
                          nullptr, copies)
                      .arg(backups);
    output.result(text, QJsonObject{{QStringLiteral("email"), invocation.arguments.first()},
                                    {QStringLiteral("rows_deleted"), erased->rowsDeleted},
                                    {QStringLiteral("texts_scrubbed"), erased->textsScrubbed},
                                    {QStringLiteral("backups_rewritten"), rewritten},
                                    {QStringLiteral("backups_holding_them"),
                                     invocation.has(QStringLiteral("--scrub-backups")) ? 0 : copies}});
    return ExitCode::Success;
}

} // namespace ad
