// backup / restore: whole-file copies of the database.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "io/ErasureLedger.h"
#include "io/UserFile.h"
#include "storage/Backup.h"
#include "storage/PostgresUrl.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

namespace ad {

ExitCode runBackup(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    const Database &database = (*context)->database();
    if (invocation.has(QStringLiteral("--out"))) {
        const QString given = invocation.value(QStringLiteral("--out"));
        if (UserFile::isStandardOutput(given)) {
            // VACUUM INTO writes files only: copy into a private folder, then stream it.
            QTemporaryDir folder;
            const QString copy = folder.filePath(QStringLiteral("backup.sqlite"));
            Status written = folder.isValid() ? backup::writeTo(database, copy)
                                              : makeError(ErrorKind::Storage, folder.errorString());
            if (written) {
                Result<QByteArray> bytes = UserFile::read(copy);
                written =
                    bytes ? UserFile::write(given, *bytes, UserFile::Contents::PersonalData) : bytes.error();
            }
            if (!written)
                return output.refused(written.error());
            output.out() << Cli::tr("Backed up “%1” to standard output.").arg(database.path()) << Qt::endl;
            return ExitCode::Success;
        }
        const QString out = QFileInfo(given).absoluteFilePath();
        if (Status written = backup::writeTo(database, out); !written)
            return output.refused(written.error());
        output.result(
            database.backend() == Backend::Postgres
                ? Cli::tr("Wrote a local SQLite snapshot of “%1” to “%2”; open it with --database %2.")
                      .arg(database.path(), out)
                : Cli::tr("Backed up “%1” to “%2”.").arg(database.path(), out),
            QJsonObject{{QStringLiteral("database"), database.path()}, {QStringLiteral("out"), out}});
        return ExitCode::Success;
    }
    Result<QString> written = backup::writeRotating(database, QStringLiteral("manual"), backup::keepCount(),
                                                    (*context)->clock().now());
    if (!written)
        return output.refused(written.error());
    output.result(Cli::tr("Backed up “%1” to “%2” (the newest %n backups there are kept).", nullptr,
                          backup::keepCount())
                      .arg(database.path(), *written),
                  QJsonObject{{QStringLiteral("database"), database.path()},
                              {QStringLiteral("out"), *written},
                              {QStringLiteral("kept"), backup::keepCount()}});
    return ExitCode::Success;
}

ExitCode runRestore(const Invocation &invocation, CliOutput &output)
{
    // A restore replaces a file by another; a server database is no file.
    if (const QString given = CliContext::databasePath(invocation); PostgresUrl::isServerAddress(given))
        return output.refused(
            Cli::tr("'restore' replaces a database file and does not apply to a server. To "
                    "bring a backup onto a server, copy it into an empty database: '%1 server "
                    "push %2 URL'. Nothing was changed.")
                .arg(Cli::programName(), invocation.arguments.first()));
    const QString path = QFileInfo(CliContext::databasePath(invocation)).absoluteFilePath();
    Result<std::unique_ptr<Clock>> clock = CliContext::clockFromEnvironment();
    if (!clock)
        return output.refused(clock.error());
    const QString source = QFileInfo(invocation.arguments.first()).absoluteFilePath();
    Result<QString> safetyCopy = backup::restore(source, path, (*clock)->now());
    if (!safetyCopy) {
        if (safetyCopy.error().kind == ErrorKind::Corrupt && invocation.has(QStringLiteral("--verbose"))) {
            for (const QString &problem : backup::damageIn(source))
                output.error(problem);
        }
        return output.refused(safetyCopy.error());
    }
    // Opening upgrades an older backup (after backing it up) and proves the result is usable.
    Result<std::unique_ptr<Database>> reopened = Database::open(path);
    if (!reopened)
        return output.refused(reopened.error());
    // Whoever was erased since the backup was taken is erased again.
    int erasedAgain = 0;
    if (!safetyCopy->isEmpty()) {
        Result<QList<ErasureLedger::Entry>> ledger = ErasureLedger::entriesIn(*safetyCopy);
        if (!ledger)
            return output.refused(ledger.error());
        const ServiceContext services{**reopened, **clock, CliContext::actorFor(path)};
        Result<int> carried = ErasureLedger(services).carryOver(*ledger);
        if (!carried)
            return output.refused(carried.error());
        erasedAgain = *carried;
    }
    if (output.json()) {
        output.result({}, QJsonObject{{QStringLiteral("database"), path},
                                      {QStringLiteral("from"), source},
                                      {QStringLiteral("erased_again"), erasedAgain},
                                      {QStringLiteral("safety_copy"),
                                       safetyCopy->isEmpty() ? QJsonValue() : QJsonValue(*safetyCopy)}});
        return ExitCode::Success;
    }
    output.out() << Cli::tr("Restored “%1” from “%2”.").arg(path, source) << Qt::endl;
    if (!safetyCopy->isEmpty())
        output.out() << Cli::tr("The replaced file was kept as “%1”.").arg(*safetyCopy) << Qt::endl;
    if (erasedAgain > 0)
        output.out() << Cli::tr("%n people erased since the backup was taken were erased again.", nullptr,
                                erasedAgain)
                     << Qt::endl;
    return ExitCode::Success;
}

} // namespace ad
