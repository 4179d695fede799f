#pragma once

#include "util/Result.h"

#include <functional>

namespace ad {

class Clock;
class Database;

struct DemoOptions
{
    int advocates = 200;
    quint64 seed = 42;
    // The benchmark datasets (docs/performance.md) need exact sizes: one account per
    // five advocates, exactly ten contributions and touches and three NPS responses
    // per advocate. Off for the demo people look at, whose counts vary naturally.
    bool exactProportions = false;
};

// Fills an empty database with a believable, deterministic programme: the same
// seed and the same clock give the same rows, ids included. Accounts, CSMs,
// advocates with NPS histories, nominations in every status, requests and asks,
// contributions, appreciation, touches, purchases over the last two years, and
// the hard cases every rule needs (over-asked, resting, declined, no consent,
// detractors, renewals next month, stale profiles).
class DemoGenerator
{
public:
    // progress(done, total) is called now and then; returning false cancels, and
    // a cancelled or failed run leaves the database as it was.
    using Progress = std::function<bool(int done, int total)>;

    DemoGenerator(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Refuses a database that already holds advocates.
    Status generate(const DemoOptions &options, const Progress &progress = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace ad
