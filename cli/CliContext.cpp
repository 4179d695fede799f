#include "CliContext.h"

#include "io/UserFile.h"
#include "storage/PostgresUrl.h"
#include "util/LocalIdentity.h"

#include "Cli.h"
#include "CommandLine.h"

#include <QFileInfo>

namespace ad {

QString CliContext::databasePath(const Invocation &invocation)
{
    return invocation.databasePath.isEmpty() ? Database::defaultPath() : invocation.databasePath;
}

Result<std::unique_ptr<Clock>> CliContext::clockFromEnvironment()
{
    const QString pinned = qEnvironmentVariable("ADVOCATEDESK_NOW");
    if (pinned.isEmpty())
        return std::unique_ptr<Clock>(std::make_unique<SystemClock>());
    const QDateTime at = QDateTime::fromString(pinned, Qt::ISODateWithMs);
    if (!at.isValid())
        return makeError(
            ErrorKind::Invalid,
            Cli::tr("ADVOCATEDESK_NOW is “%1”, not an ISO 8601 date-time such as 2026-06-15T12:00:00Z.")
                .arg(pinned));
    return std::unique_ptr<Clock>(std::make_unique<FixedClock>(at));
}

QString CliContext::actorFor(const QString &databasePath)
{
    // The same person the window names on this file: ADVOCATEDESK_USER, else
    // whom Preferences or the first start chose for it, else the login name.
    return identity::actorFor(databasePath, QStringLiteral("cli"));
}

Result<std::unique_ptr<CliContext>> CliContext::open(const Invocation &invocation, IfMissing ifMissing)
{
    Result<std::unique_ptr<Clock>> clock = clockFromEnvironment();
    if (!clock)
        return clock.error();

    const QString path = databasePath(invocation);
    const bool server = PostgresUrl::isServerAddress(path);
    // Reading commands must not leave an empty database behind a mistyped path.
    if (!server && ifMissing == IfMissing::Refuse && !QFileInfo::exists(path))
        return makeError(ErrorKind::NotFound,
                         Cli::tr("There is no database at “%1”. Create one with '%2 init'.")
                             .arg(QFileInfo(path).absoluteFilePath(), Cli::programName()));

    // stats on an empty file would silently turn it into a database.
    if (!server && ifMissing == IfMissing::Refuse && QFileInfo(path).isFile() && QFileInfo(path).size() == 0)
        return makeError(ErrorKind::NotADatabase,
                         Cli::tr("“%1” is empty, not an Advocate Desk database. Make it one with '%2 init'.")
                             .arg(QFileInfo(path).absoluteFilePath(), Cli::programName()));

    // Nor on a server: an empty database gets its schema only from a command that creates.
    Result<std::unique_ptr<Database>> database =
        Database::open(path, Database::Access::ReadWrite,
                       server && ifMissing == IfMissing::Refuse ? Database::WhenEmpty::StaysEmpty
                                                                : Database::WhenEmpty::GetsSchema);
    if (!database)
        return database.error();
    if (server && (*database)->schemaVersion() == 0)
        return makeError(
            ErrorKind::NotADatabase,
            Cli::tr("The database “%1” is empty, not yet an Advocate Desk programme. Create its "
                    "schema with '%2 server init %1', or copy a programme into it with '%2 server "
                    "push FILE.sqlite %1'.")
                .arg((*database)->path(), Cli::programName()));
    // Where the command will write, checked now that the database is open and
    // before any work: an output that would replace the database, its log or
    // its backups (whatever name or link points there), or a folder or a disk
    // device, is refused with nothing done.
    for (const QString &option : {QStringLiteral("--out"), QStringLiteral("--report")}) {
        if (invocation.has(option)) {
            if (Status writable = UserFile::checkWritable(invocation.value(option)); !writable)
                return writable.error();
        }
    }

    std::unique_ptr<CliContext> context(new CliContext);
    context->m_clock = std::move(clock).value();
    context->m_database = std::move(database).value();
    context->m_services = std::make_unique<Services>(*context->m_database, *context->m_clock, actorFor(path));
    // The programme settings stored in the file, the same the GUI edits.
    if (Status status = context->m_services->settings().apply(); !status)
        return status.error();
    return context;
}

Result<Advocate> CliContext::advocateByEmail(const QString &email)
{
    Result<std::optional<Advocate>> found = m_services->advocates().findByEmail(email);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorKind::NotFound,
                         Cli::tr("No advocate with the email “%1”.").arg(email.trimmed()),
                         QStringLiteral("email"));
    return **found;
}

} // namespace ad
