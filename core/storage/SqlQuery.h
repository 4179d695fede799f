#pragma once

#include "SqlDialect.h"
#include "util/Result.h"

#include <QSqlQuery>
#include <QVariant>

namespace ad {

class Database;

// A prepared statement with bound values and errors turned into readable Errors.
// Every value from a user goes through bind(); no SQL text is ever built from it.
// While a StatementCache is installed on the database, the statement comes from
// it (prepared once) and goes back to it on destruction.
class SqlQuery
{
public:
    SqlQuery(const Database &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    SqlQuery &bind(const QString &name, const QVariant &value);
    // The value of a `LIMIT ?`; a negative limit means none. SQLite reads a
    // negative limit as none and refuses NULL; PostgreSQL refuses a negative one
    // and reads NULL as none.
    SqlQuery &bindLimit(qint64 limit);
    Status exec();
    // Reuse the same prepared statement with fresh values.
    void resetBindings() { m_position = 0; }

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    QSqlQuery &raw() { return m_query; }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    Status m_prepared;
    int m_position = 0;
    const Database &m_db;
    class StatementCache *m_cache = nullptr; // gets the statement back, keyed by m_sql
    QString m_sql;
};

// Converts a Qt SQL error into an Error a user can read (busy, disk full, ...).
// SQLite reports result codes, PostgreSQL SQLSTATEs: say which backend spoke.
Error storageError(const class QSqlError &error, const QString &context = {}, Backend backend = Backend::Sqlite);

// SQL NULL is an invalid QVariant. A null QString would also bind as NULL in Qt's
// SQLite driver; bind() turns it into '' so that "no text" never breaks NOT NULL.
// A bool binds as 1 or 0: flags are integer columns on both backends, and
// PostgreSQL will not put a boolean into one.
inline QVariant sqlNull()
{
    return QVariant();
}
QVariant sqlValue(const QVariant &value);

// SQL NULL for an empty text (optional references and dates).
inline QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? sqlNull() : QVariant(value);
}

// Does `table` hold a row with this id? `table` is always a literal of ours.
Result<bool> rowExists(const Database &db, const QString &table, const QString &id);

// Runs one statement without values (DDL, PRAGMA).
Status execSql(const Database &db, const QString &sql);

// First column of the first row of a query, or an error.
Result<QVariant> scalar(SqlQuery &query);

} // namespace ad
