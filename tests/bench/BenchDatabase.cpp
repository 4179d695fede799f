#include "BenchDatabase.h"

#include <cstdio>
#include <cstdlib>

namespace ad::bench {

namespace {

QDateTime pinnedNow()
{
    const QString text = qEnvironmentVariable("ADVOCATEDESK_NOW", QStringLiteral("2026-06-15T12:00:00Z"));
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        std::fprintf(stderr, "ADVOCATEDESK_NOW is not an ISO 8601 date-time: %s\n", qPrintable(text));
        std::exit(2);
    }
    return at;
}

} // namespace

BenchDatabase &BenchDatabase::instance()
{
    static BenchDatabase database;
    return database;
}

BenchDatabase::BenchDatabase() : m_path(qEnvironmentVariable("ADVOCATEDESK_BENCH_DB")), m_clock(pinnedNow())
{
    if (m_path.isEmpty()) {
        std::fprintf(stderr, "Set ADVOCATEDESK_BENCH_DB to a dataset (scripts/bench.sh makes them).\n");
        std::exit(2);
    }
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    if (!opened) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(m_path), qPrintable(opened.error().message));
        std::exit(2);
    }
    m_db = std::move(opened).value();
    m_services = std::make_unique<Services>(*m_db, m_clock, QStringLiteral("bench"));
}

} // namespace ad::bench
