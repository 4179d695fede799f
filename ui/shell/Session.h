#pragma once

#include "services/Services.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <memory>

namespace ad {

// One open database with the clock and the acting user the GUI works with. The
// main window holds one Session at a time; opening another file replaces it.
class Session
{
public:
    // Opens `path`; a refused file comes back as the error to show.
    static Result<std::unique_ptr<Session>> open(const QString &path);

    Services &services() { return *m_services; }
    Database &database() { return *m_database; }
    const Clock &clock() const { return *m_clock; }
    QString path() const { return m_database->path(); }

    // ADVOCATEDESK_NOW pins "now" (demos, screenshots, tests); otherwise the system clock.
    static std::unique_ptr<Clock> clockFromEnvironment();
    // Who the audit log names: ADVOCATEDESK_USER, else whom the person chose
    // for this file (first start, Preferences), else the login name.
    QString actor() const { return m_services->context().actor; }

private:
    Session(std::unique_ptr<Database> database, std::unique_ptr<Clock> clock);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Services> m_services;
};

} // namespace ad
