#pragma once

// Core tests that run against both backends: SQLite always, PostgreSQL when a
// server is given (docs/storage-seam.md). scripts/with-postgres.sh starts a
// throwaway server and sets ADVOCATEDESK_TEST_POSTGRES for the command:
//
//   scripts/with-postgres.sh ctest --test-dir build/release -R 'Backends/'
//
// Without the variable the PostgreSQL cases skip, saying why; with
// ADVOCATEDESK_REQUIRE_POSTGRES=1 a missing server is a failure instead (CI).
//
// A suite becomes a both-backend suite by deriving from BackendTest, writing
// TEST_P instead of TEST_F, and AD_INSTANTIATE_BACKENDS(Suite) once; its cases
// are then named Backends/Suite.Case/sqlite and Backends/Suite.Case/postgres.

#include "TempDatabase.h"
#include "storage/SqlDialect.h"

#include <QString>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>

namespace ad {
// GoogleTest prints a parameter with this: "postgres", not "4-byte object".
inline void PrintTo(Backend backend, std::ostream *out)
{
    *out << (backend == Backend::Postgres ? "postgres" : "sqlite");
}
} // namespace ad

namespace ad::test {

// The server the PostgreSQL cases use (postgresql://…), or empty.
QString postgresServer();
// Whether a missing server fails the PostgreSQL cases instead of skipping them.
bool postgresRequired();
// Why the PostgreSQL cases cannot run here, or empty when they can.
QString postgresUnavailableReason();
// Whether this run is the core suite's PostgreSQL pass (ADVOCATEDESK_TEST_BACKEND=
// postgres, set by CTest for the "postgres:" copies of core_tests): every
// TempDatabase is then a fresh database on the test server.
bool wholeSuiteOnPostgres();

// A fresh, empty database on the test server, dropped when this goes (every
// connection to it closed first). url() is what Database::open takes.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    QString name() const { return m_name; }

    // Runs statements on this database over a connection of its own, not a
    // Database (to set up what Database::open must refuse). Empty on success,
    // else the server's message.
    QString exec(const QStringList &statements) const;

private:
    QString m_name;
    QString m_url;
    QString m_error;
};

// "sqlite" / "postgres", for test names.
std::string backendName(const ::testing::TestParamInfo<Backend> &info);

// A TempDatabase on the backend of the test's parameter. On PostgreSQL without
// a server, SetUp skips (or fails, when a server is required) before the body.
class BackendTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override;
    void TearDown() override;

    TempDatabase &temp() { return *m_temp; }
    Backend backend() const { return GetParam(); }

private:
    std::unique_ptr<TempDatabase> m_temp;
};

} // namespace ad::test

// Skips (or, when required, fails) the current test when `backend` is
// PostgreSQL and no test server is available.
#define AD_SKIP_WITHOUT_SERVER(backend)                                                                        \
    do {                                                                                                       \
        if ((backend) == ::ad::Backend::Postgres) {                                                            \
            const QString adReason = ::ad::test::postgresUnavailableReason();                                   \
            if (!adReason.isEmpty()) {                                                                         \
                if (::ad::test::postgresRequired())                                                            \
                    FAIL() << adReason.toStdString();                                                          \
                GTEST_SKIP() << adReason.toStdString();                                                        \
            }                                                                                                  \
        }                                                                                                      \
    } while (false)

// Skips the current test in the PostgreSQL pass of the suite: for what is about
// a SQLite file itself (permissions, WAL, backups, corruption, FTS5 internals).
// `why` says which; the same behaviour on a server has tests of its own.
#define AD_SQLITE_ONLY(why)                                                                                   \
    do {                                                                                                       \
        if (::ad::test::wholeSuiteOnPostgres())                                                                \
            GTEST_SKIP() << "SQLite only: " << (why);                                                          \
    } while (false)

#define AD_INSTANTIATE_BACKENDS(suite)                                                                         \
    INSTANTIATE_TEST_SUITE_P(Backends, suite, ::testing::Values(::ad::Backend::Sqlite, ::ad::Backend::Postgres), \
                             ::ad::test::backendName)
