#pragma once

#include <QSqlQuery>
#include <QString>

#include <unordered_map>

namespace ad {

class Database;

// Prepared statements kept by their SQL text for the length of one long job, such
// as an import of 100,000 rows. Services prepare their statements on every call,
// and SQLite's prepare costs more than running a small statement (an INSERT with
// its triggers and checks, many times more). While a cache lives it is installed
// on its Database: every SqlQuery there borrows the statement for its SQL and
// gives it back, reset, when it is destroyed. A statement still in use (the same
// SQL, nested) is not shared; the second SqlQuery prepares its own.
//
// Lives on the stack of the job, inside the Database's lifetime and thread. A
// cache created while another is installed stays inactive: the outer one serves.
// A query still alive when the cache goes keeps its statement to itself.
class StatementCache
{
public:
    explicit StatementCache(Database &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // For SqlQuery: moves the free prepared statement for `sql` into `query`.
    bool take(const QString &sql, QSqlQuery &query);
    // For SqlQuery: keeps a prepared statement for the next user of `sql`. It must be
    // reset (finished): a pending read would pin the snapshot it started on.
    void give(const QString &sql, QSqlQuery &query);

    bool isInstalled() const { return m_installed; }
    // Statements kept, and how many SqlQuery constructions were served by one.
    int size() const { return int(m_free.size()); }
    qint64 reuses() const { return m_reuses; }

    // Enough for every statement of a job; SQL built per call (IN lists of varying
    // length) would otherwise grow the cache without bound.
    static constexpr int kMaxStatements = 128;

private:
    Database &m_db;
    bool m_installed = false;
    std::unordered_map<QString, QSqlQuery> m_free;
    qint64 m_reuses = 0;
};

} // namespace ad
