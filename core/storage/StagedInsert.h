#pragma once

#include "BulkInsert.h"
#include "util/Result.h"

#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

namespace ad {

class Database;

// Many rows into one table by way of a TEMP staging table, inside the caller's
// transaction: rows go into the stage many per statement (BulkInsert; the stage
// has no index and no trigger), then move into the table with one INSERT … SELECT
// in the order they were added. The table's triggers and index upkeep then run in
// a few statements instead of hundreds: an FTS5 index behind a trigger (advocates)
// flushes its pending terms at the end of every statement that writes it, and on
// 100,000 imported advocates those flushes cost more than staging the rows.
//
// PostgreSQL has no such flush (its search index is kept by a row trigger
// either way), so there the rows wait in memory instead and go straight into
// the table at each move, many per statement: the same order, the same parents
// first, no stage.
class StagedInsert
{
public:
    // `rowsPerMove` bounds the stage (temp tables live in memory here).
    StagedInsert(Database &db, const QString &table, const QStringList &columns, int rowsPerStatement,
                 int rowsPerMove);
    ~StagedInsert();
    StagedInsert(const StagedInsert &) = delete;
    StagedInsert &operator=(const StagedInsert &) = delete;

    Status add(std::initializer_list<QVariant> values);
    Status add(const QVariantList &values);
    // Moves every row added so far into the table.
    Status flush();
    // Runs before each move: writes the rows the moved ones refer to (their parents).
    void setBeforeMove(std::function<Status()> step) { m_beforeMove = std::move(step); }
    // Rows added and not yet in the table.
    qint64 pendingRows() const { return m_staged; }
    // Rows moved into the table.
    qint64 count() const { return m_count; }

private:
    Status openStage();
    Status added();
    Status moveFromMemory();

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    int m_rowsPerMove;
    QString m_stageName; // empty until the stage exists, and always without one
    bool m_direct = false; // no stage: rows go from memory into the table
    std::unique_ptr<BulkInsert> m_stage;
    std::function<Status()> m_beforeMove;
    qint64 m_staged = 0;
    qint64 m_count = 0;
};

} // namespace ad
