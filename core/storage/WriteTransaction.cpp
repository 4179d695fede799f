#include "WriteTransaction.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QCoreApplication>

namespace ad {

WriteTransaction::WriteTransaction(Database &db) : m_db(db)
{
    if (m_db.m_transactionDepth == 0) {
        Status begun = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
        if (!begun) {
            m_error = begun.error();
            return;
        }
        m_outermost = true;
        m_db.m_rollbackOnly = false;
    }
    ++m_db.m_transactionDepth;
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open && !m_finished)
        rollback();
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_error;
    m_finished = true;
    --m_db.m_transactionDepth;
    if (!m_outermost)
        return {};
    if (m_db.m_rollbackOnly) {
        static_cast<void>(execSql(m_db, QStringLiteral("ROLLBACK"))); // nothing more to do if it fails
        m_db.m_rollbackOnly = false;
        return makeError(ErrorKind::Storage,
                         QCoreApplication::translate("ad::Storage", "An inner step failed; nothing was saved."));
    }
    Status committed = execSql(m_db, QStringLiteral("COMMIT"));
    if (!committed) {
        // A failed COMMIT (disk full, busy) may leave the transaction open: end it.
        static_cast<void>(execSql(m_db, QStringLiteral("ROLLBACK"))); // nothing more to do if it fails
        return committed;
    }
    return {};
}

void WriteTransaction::rollback()
{
    m_finished = true;
    --m_db.m_transactionDepth;
    if (m_outermost) {
        static_cast<void>(execSql(m_db, QStringLiteral("ROLLBACK"))); // nothing more to do if it fails
        m_db.m_rollbackOnly = false;
    } else {
        m_db.m_rollbackOnly = true;
    }
}

} // namespace ad
