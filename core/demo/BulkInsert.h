#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace ad {

class Database;

// Many rows into one table, inside the caller's transaction. add() only buffers;
// flush() writes kRowsPerStatement rows at a time through one prepared multi-row
// INSERT (the rest one by one): the demo and the importers write hundreds of
// thousands of rows, and per-statement overhead would dominate. Flushing is the
// caller's, so it can flush parent tables before their children.
class BulkInsert
{
public:
    static constexpr int kRowsPerStatement = 64;

    BulkInsert(const Database &db, const QString &table, const QStringList &columns);

    Status add(std::initializer_list<QVariant> values);
    // Writes every buffered row, or with FullBatchesOnly only whole batches, keeping
    // the rest for later (one-row statements cost as much as a 64-row one).
    enum class Flush { All, FullBatchesOnly };
    Status flush(Flush mode = Flush::All);
    qint64 count() const { return m_count; }

private:
    QString insertSql(int rows) const;
    Status execute(QSqlQuery &query, int firstRow, int rows);

    QString m_table;
    QStringList m_columns;
    QSqlQuery m_batch;
    QSqlQuery m_single;
    Status m_prepared;
    QVariantList m_pending;
    qint64 m_count = 0;
};

} // namespace ad
