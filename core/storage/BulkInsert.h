#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace ad {

class Database;

// Many rows into one table, inside the caller's transaction. add() only buffers;
// flush() writes rowsPerStatement rows at a time through one prepared multi-row
// INSERT, and what is left through one statement of that size: the demo and the
// importers write hundreds of thousands of rows, and per-statement overhead would
// dominate (with an FTS5 trigger, each statement also flushes the index's pending
// terms). Flushing is the caller's, so it can flush parent tables before their
// children.
class BulkInsert
{
public:
    static constexpr int kRowsPerStatement = 64;
    // SQLite refuses a statement with more bound values than this.
    static constexpr int kMaxValuesPerStatement = 32766;

    BulkInsert(const Database &db, const QString &table, const QStringList &columns,
               int rowsPerStatement = kRowsPerStatement);

    Status add(std::initializer_list<QVariant> values);
    Status add(const QVariantList &values);
    // Writes every buffered row, or with FullBatchesOnly only whole batches, keeping
    // the rest for later (a statement for a few rows costs as much as a full one).
    enum class Flush
    {
        All,
        FullBatchesOnly
    };
    Status flush(Flush mode = Flush::All);
    qint64 count() const { return m_count; }
    int pendingRows() const { return int(m_pending.size() / m_columns.size()); }
    int rowsPerStatement() const { return m_rowsPerStatement; }

private:
    QString insertSql(int rows) const;
    QString placeholder(qsizetype value) const;
    Status execute(QSqlQuery &query, int firstRow, int rows);

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = kRowsPerStatement;
    QSqlQuery m_batch; // prepared on the first full batch
    bool m_batchPrepared = false;
    QVariantList m_pending;
    mutable QStringList m_placeholders; // ":v0", ":v1", … in the order of the values
    qint64 m_count = 0;
};

} // namespace ad
