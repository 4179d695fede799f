#include "WriteTransaction.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QCoreApplication>

namespace ad {

WriteTransaction::WriteTransaction(Database &db) : m_db(db)
{
    if (m_db.m_transactionDepth == 0) {
        const QStringList begin = m_db.dialect().beginWriteStatements();
        for (const QString &statement : begin) {
            Status begun = execSql(m_db, statement);
            if (!begun) {
                m_error = begun.error();
                if (statement != begin.first())
                    static_cast<void>(execSql(m_db, QStringLiteral("ROLLBACK"))); // nothing more to do if it fails
                return;
            }
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
    if (Status flushed = m_db.searchIndex().beforeCommit(m_db); !flushed) {
        static_cast<void>(execSql(m_db, QStringLiteral("ROLLBACK"))); // nothing more to do if it fails
        return flushed;
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
