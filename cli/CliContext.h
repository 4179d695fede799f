#pragma once

#include "services/Services.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <memory>

namespace ad {

struct Invocation;

// What a command that works on data holds: the open database, the clock
// (ADVOCATEDESK_NOW pins it), who is acting (ADVOCATEDESK_USER, USER, "cli")
// and the core services over them.
class CliContext
{
public:
    // Whether a command may create the database file when it does not exist.
    enum class IfMissing
    {
        Create,
        Refuse
    };

    static Result<std::unique_ptr<CliContext>> open(const Invocation &invocation, IfMissing ifMissing);

    static QString databasePath(const Invocation &invocation);
    static Result<std::unique_ptr<Clock>> clockFromEnvironment();
    static QString actorFor(const QString &databasePath);

    Database &database() { return *m_database; }
    Services &services() { return *m_services; }
    const Clock &clock() const { return *m_clock; }

    // The advocate with this email (compared case-insensitively); NotFound says so
    // in words a user can act on.
    Result<Advocate> advocateByEmail(const QString &email);

private:
    CliContext() = default;

    // Declared in this order so the services go first and the clock last.
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Services> m_services;
};

} // namespace ad
