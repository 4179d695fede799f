#include "BulkInsert.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QSqlError>

namespace ad {

BulkInsert::BulkInsert(const Database &db, const QString &table, const QStringList &columns,
                       int rowsPerStatement)
    : m_db(db), m_table(table), m_columns(columns),
      m_rowsPerStatement(
          qBound(1, rowsPerStatement, kMaxValuesPerStatement / int(qMax<qsizetype>(columns.size(), 1))))
{
}

QString BulkInsert::insertSql(int rows) const
{
    QStringList values;
    for (int row = 0; row < rows; ++row) {
        QStringList marks;
        for (qsizetype column = 0; column < m_columns.size(); ++column)
            marks << placeholder(row * m_columns.size() + column);
        values << QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    // Table and column names are literals of the caller, never user text.
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

QString BulkInsert::placeholder(qsizetype value) const
{
    // Qt binds a named placeholder with one lookup of its name, while for each
    // positional one it first formats a name (measured on 100,000 imported
    // advocates: 3.65 s -> 3.55 s). The names are made once.
    while (m_placeholders.size() <= value)
        m_placeholders << QStringLiteral(":v%1").arg(m_placeholders.size());
    return m_placeholders.at(value);
}

Status BulkInsert::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(qsizetype(values.size()) == m_columns.size());
    for (const QVariant &value : values)
        m_pending << sqlValue(value);
    return {};
}

Status BulkInsert::add(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns.size());
    for (const QVariant &value : values)
        m_pending << sqlValue(value);
    return {};
}

Status BulkInsert::flush(Flush mode)
{
    const int rows = pendingRows();
    int row = 0;
    if (rows >= m_rowsPerStatement && !m_batchPrepared) {
        m_batch = QSqlQuery(m_db.connection());
        if (!m_batch.prepare(insertSql(m_rowsPerStatement))) {
            m_pending.clear();
            return storageError(m_batch.lastError(), m_table, m_db.backend());
        }
        m_batchPrepared = true;
    }
    for (; row + m_rowsPerStatement <= rows; row += m_rowsPerStatement)
        if (Status s = execute(m_batch, row, m_rowsPerStatement); !s)
            return s;
    if (mode == Flush::All && row < rows) {
        QSqlQuery rest(m_db.connection());
        if (!rest.prepare(insertSql(rows - row))) {
            m_pending.clear();
            return storageError(rest.lastError(), m_table, m_db.backend());
        }
        if (Status s = execute(rest, row, rows - row); !s)
            return s;
        row = rows;
    }
    m_pending.remove(0, row * m_columns.size());
    return {};
}

Status BulkInsert::execute(QSqlQuery &query, int firstRow, int rows)
{
    const qsizetype first = firstRow * m_columns.size();
    const qsizetype values = rows * m_columns.size();
    for (qsizetype i = 0; i < values; ++i)
        query.bindValue(placeholder(i), m_pending.at(first + i));
    if (!query.exec()) {
        m_pending.clear();
        return storageError(query.lastError(), m_table, m_db.backend());
    }
    m_count += rows;
    return {};
}

} // namespace ad
