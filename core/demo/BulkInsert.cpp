#include "BulkInsert.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace ad {

BulkInsert::BulkInsert(const Database &db, const QString &table, const QStringList &columns)
    : m_table(table), m_columns(columns), m_batch(db.connection()), m_single(db.connection())
{
    if (!m_batch.prepare(insertSql(kRowsPerStatement)) || !m_single.prepare(insertSql(1)))
        m_prepared = storageError(m_batch.lastError().isValid() ? m_batch.lastError() : m_single.lastError(), table);
}

QString BulkInsert::insertSql(int rows) const
{
    QStringList marks;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << row;
    // Table and column names are literals of the caller, never user text.
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

Status BulkInsert::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(qsizetype(values.size()) == m_columns.size());
    for (const QVariant &value : values)
        m_pending << sqlValue(value);
    return m_prepared;
}

Status BulkInsert::flush(Flush mode)
{
    if (!m_prepared)
        return m_prepared;
    const int rows = int(m_pending.size() / m_columns.size());
    int row = 0;
    for (; row + kRowsPerStatement <= rows; row += kRowsPerStatement)
        if (Status s = execute(m_batch, row, kRowsPerStatement); !s)
            return s;
    if (mode == Flush::All)
        for (; row < rows; ++row)
            if (Status s = execute(m_single, row, 1); !s)
                return s;
    m_pending.remove(0, row * m_columns.size());
    return {};
}

Status BulkInsert::execute(QSqlQuery &query, int firstRow, int rows)
{
    const qsizetype first = firstRow * m_columns.size();
    const qsizetype values = rows * m_columns.size();
    for (qsizetype i = 0; i < values; ++i)
        query.bindValue(int(i), m_pending.at(first + i));
    if (!query.exec()) {
        m_pending.clear();
        return storageError(query.lastError(), m_table);
    }
    m_count += rows;
    return {};
}

} // namespace ad
