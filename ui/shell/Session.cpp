#include "Session.h"

#include "util/LocalIdentity.h"

namespace ad {

Session::Session(std::unique_ptr<Database> database, std::unique_ptr<Clock> clock)
    : m_database(std::move(database)), m_clock(std::move(clock))
{
    m_services = std::make_unique<Services>(
        *m_database, *m_clock, identity::actorFor(m_database->path(), QStringLiteral("advocatedesk")));
}

Result<std::unique_ptr<Session>> Session::open(const QString &path)
{
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database)
        return database.error();
    std::unique_ptr<Session> session(new Session(std::move(database).value(), clockFromEnvironment()));
    // The programme's rules as stored in the file (Edit → Programme Settings), the
    // same the CLI applies.
    if (Status status = session->services().settings().apply(); !status)
        return status.error();
    return session;
}

std::unique_ptr<Clock> Session::clockFromEnvironment()
{
    const QString pinned = qEnvironmentVariable("ADVOCATEDESK_NOW");
    if (!pinned.isEmpty()) {
        const QDateTime at = QDateTime::fromString(pinned, Qt::ISODate);
        if (at.isValid())
            return std::make_unique<FixedClock>(at);
    }
    return std::make_unique<SystemClock>();
}

} // namespace ad
