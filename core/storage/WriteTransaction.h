#pragma once

#include "util/Result.h"

namespace ad {

class Database;

// RAII write transaction. The outermost guard opens BEGIN IMMEDIATE (on PostgreSQL:
// BEGIN and the writers' advisory lock), so a second process writing waits on the
// busy timeout instead of failing half-way; nested
// guards join it. Commit explicitly; a guard destroyed without commit rolls back
// the whole outer transaction.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Did BEGIN succeed? When not, error() says why and nothing may be written.
    bool isOpen() const { return m_open; }
    const Error &error() const { return m_error; }

    Status commit();

private:
    void rollback();

    Database &m_db;
    bool m_open = false;
    bool m_finished = false;
    bool m_outermost = false;
    Error m_error;
};

} // namespace ad
