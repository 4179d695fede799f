#include "SqlQuery.h"

#include "Database.h"
#include "StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ad {

namespace {
// SQLite primary result codes we explain specifically.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;
} // namespace

namespace {

// PostgreSQL's SQLSTATE codes (Appendix A of its manual) that a person can act on.
Error postgresError(const QSqlError &error, const QString &context)
{
    const QString state = error.nativeErrorCode();
    const QString detail = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    auto text = [&](const QString &what) {
        return context.isEmpty() ? what : QCoreApplication::translate("ad::Storage", "%1: %2").arg(context, what);
    };
    const int seconds = Database::kBusyTimeoutSeconds;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return makeError(ErrorKind::Busy,
                         text(QCoreApplication::translate("ad::Storage",
                                                          "the database is busy — another program is writing; "
                                                          "tried for %n s. Nothing was changed; try again in a moment.",
                                                          nullptr, seconds)));
    if (state == QLatin1String("57014"))
        return makeError(ErrorKind::Cancelled, text(detail));
    if (state == QLatin1String("53100"))
        return makeError(ErrorKind::Storage,
                         text(QCoreApplication::translate("ad::Storage",
                                                          "the server's disk is full; nothing was saved.")));
    if (state == QLatin1String("25006"))
        return makeError(ErrorKind::Storage,
                         text(QCoreApplication::translate("ad::Storage",
                                                          "the programme was opened read-only; nothing was saved.")));
    if (state.startsWith(QLatin1String("23")))
        return makeError(ErrorKind::Invalid, text(detail));
    if (state.startsWith(QLatin1String("08")) || error.type() == QSqlError::ConnectionError)
        return makeError(ErrorKind::Storage,
                         text(QCoreApplication::translate("ad::Storage",
                                                          "the connection to the database server failed (%1).")
                                  .arg(detail)));
    return makeError(ErrorKind::Storage, text(detail));
}

} // namespace

Error storageError(const QSqlError &error, const QString &context, Backend backend)
{
    if (backend == Backend::Postgres)
        return postgresError(error, context);
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    auto text = [&](const QString &what) {
        return context.isEmpty() ? what : QCoreApplication::translate("ad::Storage", "%1: %2").arg(context, what);
    };
    // A plain name for the count: lupdate skips a call whose count is written
    // with a class qualifier (the string never reached the .ts files).
    const int seconds = Database::kBusyTimeoutSeconds;
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return makeError(ErrorKind::Busy,
                         text(QCoreApplication::translate("ad::Storage",
                                                          "the database is busy — another program is writing; "
                                                          "tried for %n s. Nothing was changed; try again in a moment.",
                                                          nullptr, seconds)));
    case kSqliteReadOnly:
        return makeError(ErrorKind::Storage,
                         text(QCoreApplication::translate("ad::Storage", "the database file is read-only.")));
    case kSqliteFull:
        return makeError(ErrorKind::Storage,
                         text(QCoreApplication::translate("ad::Storage", "the disk is full; nothing was saved.")));
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return makeError(ErrorKind::Corrupt,
                         text(QCoreApplication::translate("ad::Storage", "the database file is damaged (%1).").arg(detail)));
    case kSqliteIoErr:
        return makeError(ErrorKind::Storage,
                         text(QCoreApplication::translate("ad::Storage", "the database file could not be read or written (%1).")
                                  .arg(detail)));
    case kSqliteConstraint:
        return makeError(ErrorKind::Invalid, text(detail));
    default:
        return makeError(ErrorKind::Storage, text(detail));
    }
}

SqlQuery::SqlQuery(const Database &db, const QString &sql) : m_db(db), m_cache(db.statementCache())
{
    if (m_cache && m_cache->take(sql, m_query)) {
        m_sql = sql;
        return;
    }
    m_query = QSqlQuery(db.connection());
    // Rows are only ever read forward (next()); Qt otherwise caches every row read
    // and sets up that cache on every exec, which costs more than a small query.
    // Not on PostgreSQL: there QPSQL streams a forward-only result row by row,
    // and the next statement on the connection (a lookup while reading a list)
    // throws away the rows not read yet. Its whole result arrives at once instead.
    m_query.setForwardOnly(db.backend() == Backend::Sqlite);
    if (!m_query.prepare(sql)) {
        m_prepared = storageError(m_query.lastError(), {}, db.backend());
        m_cache = nullptr; // a statement that failed to prepare is not kept
        return;
    }
    if (m_cache)
        m_sql = sql;
}

SqlQuery::~SqlQuery()
{
    // A query that outlives the job's cache just finalizes its statement.
    if (!m_cache || m_db.statementCache() != m_cache)
        return;
    m_query.finish();
    m_cache->give(m_sql, m_query);
}

QVariant sqlValue(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    if (value.metaType() == QMetaType::fromType<bool>())
        return QVariant(value.toBool() ? 1 : 0);
    return value;
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query.bindValue(m_position++, sqlValue(value));
    return *this;
}

SqlQuery &SqlQuery::bindLimit(qint64 limit)
{
    if (limit < 0)
        return bind(m_db.backend() == Backend::Postgres ? sqlNull() : QVariant(qint64(-1)));
    return bind(limit);
}

SqlQuery &SqlQuery::bind(const QString &name, const QVariant &value)
{
    m_query.bindValue(name, sqlValue(value));
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared)
        return m_prepared.error();
    m_position = 0;
    if (!m_query.exec())
        return storageError(m_query.lastError(), {}, m_db.backend());
    return {};
}

Status execSql(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return storageError(query.lastError(), {}, db.backend());
    return {};
}

Result<bool> rowExists(const Database &db, const QString &table, const QString &id)
{
    SqlQuery query(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.bind(id);
    Result<QVariant> found = scalar(query);
    if (!found)
        return found.error();
    return !found->isNull();
}

Result<QVariant> scalar(SqlQuery &query)
{
    if (Status status = query.exec(); !status)
        return status.error();
    const QVariant value = query.next() ? query.value(0) : QVariant();
    // Release the statement now: an open read would pin a snapshot (and block
    // switching the journal mode) for as long as the query object lives.
    query.raw().finish();
    return value;
}

} // namespace ad
