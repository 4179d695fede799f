#pragma once

#include "util/Clock.h"

#include <QString>

namespace ad {

class Database;

// What every service needs: the file, the time, and who is acting (for the audit log).
struct ServiceContext
{
    Database &db;
    const Clock &clock;
    QString actor;
};

} // namespace ad
