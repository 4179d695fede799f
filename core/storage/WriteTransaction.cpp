#include "WriteTransaction.h"

#include "Database.h"
#include "SchemaProtection.h"
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
    if (Status flushed = flushStaleNotes(); !flushed) {
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

Status WriteTransaction::flushStaleNotes()
{
    // The search index learns a transaction's notes once per advocate, at its
    // end (schema 8): ten thousand notes in one bundle cost one pass each.
    // A file older than schema 8 (during its upgrade) has no such table yet.
    // PostgreSQL has no search index yet (docs/storage-seam.md §3.3).
    if (m_db.backend() == Backend::Postgres || m_db.schemaVersion() < 8)
        return {};
    SqlQuery stale(m_db, schema::hasStaleNotesSql());
    Result<QVariant> any = scalar(stale);
    if (!any)
        return any.error();
    if (!any->toBool())
        return {};
    if (Status status = execSql(m_db, schema::flushStaleNotesSql()); !status)
        return status;
    return execSql(m_db, QStringLiteral("DELETE FROM advocate_search_stale_notes"));
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
