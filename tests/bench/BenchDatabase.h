#pragma once

#include "services/Services.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <memory>

namespace ad::bench {

// The dataset a benchmark run measures: the file named by ADVOCATEDESK_BENCH_DB
// (scripts/bench.sh generates and caches it), with services on the clock the
// dataset was generated at (ADVOCATEDESK_NOW, default 2026-06-15T12:00:00Z), so
// every run sees the same windows and the same rows.
class BenchDatabase
{
public:
    // The process-wide dataset; exits with a message when it cannot be opened.
    static BenchDatabase &instance();

    QString path() const { return m_path; }
    Database &db() { return *m_db; }
    Services &services() { return *m_services; }
    const Clock &clock() const { return m_clock; }

private:
    BenchDatabase();

    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
};

} // namespace ad::bench
