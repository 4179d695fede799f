#include "SqlDialect.h"

namespace ad {

const SqlDialect &SqlDialect::forBackend(Backend backend)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    return backend == Backend::Postgres ? static_cast<const SqlDialect &>(postgres) : sqlite;
}

// SQLite ---------------------------------------------------------------------

QString SqliteDialect::caseFolded(const QString &expr) const
{
    return expr + QStringLiteral(" COLLATE NOCASE");
}

QString SqliteDialect::caseFoldedEquals(const QString &expr) const
{
    return expr + QStringLiteral(" = ? COLLATE NOCASE");
}

QString SqliteDialect::stringAgg(const QString &expr, const QString &separatorLiteral) const
{
    return QStringLiteral("group_concat(%1, %2)").arg(expr, separatorLiteral);
}

QString SqliteDialect::daysBetween(const QString &later, const QString &earlier) const
{
    return QStringLiteral("(julianday(%1) - julianday(%2))").arg(later, earlier);
}

QString SqliteDialect::containsPlain(const QString &haystack) const
{
    return QStringLiteral("instr(%1, ?) > 0").arg(haystack);
}

QString SqliteDialect::likeInsensitive() const
{
    return QStringLiteral("LIKE");
}

QString SqliteDialect::noLimit() const
{
    return QStringLiteral("LIMIT -1");
}

QString SqliteDialect::noIndex(const QString &expr) const
{
    return QLatin1Char('+') + expr;
}

QString SqliteDialect::orderedJoin() const
{
    return QStringLiteral("CROSS JOIN");
}

QStringList SqliteDialect::beginWriteStatements() const
{
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QString SqliteDialect::tableExistsSql() const
{
    return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
}

QString SqliteDialect::tableColumnsSql() const
{
    return QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid");
}

QString SqliteDialect::tablesSql() const
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                          "AND name NOT LIKE 'advocate_search_%' ORDER BY name");
}

QString SqliteDialect::columnTypesSql() const
{
    return QStringLiteral("SELECT name, type, \"notnull\" FROM pragma_table_info(?) ORDER BY cid");
}

QString SqliteDialect::checkConstraintsSql() const
{
    return QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
}

QStringList SqliteDialect::beginSnapshotStatements() const
{
    // A deferred transaction reads one state of the file (WAL) from its first read on.
    return {QStringLiteral("BEGIN")};
}

QString SqliteDialect::restartIdentitySql(const QString &, const QString &) const
{
    return {}; // a new rowid is always past the highest
}

// PostgreSQL -----------------------------------------------------------------

QString PostgresDialect::caseFolded(const QString &expr) const
{
    return QStringLiteral("lower(%1)").arg(expr);
}

QString PostgresDialect::caseFoldedEquals(const QString &expr) const
{
    return QStringLiteral("lower(%1) = lower(?)").arg(expr);
}

QString PostgresDialect::stringAgg(const QString &expr, const QString &separatorLiteral) const
{
    return QStringLiteral("string_agg(%1, %2)").arg(expr, separatorLiteral);
}

QString PostgresDialect::daysBetween(const QString &later, const QString &earlier) const
{
    // The session runs in UTC (Database::open), as julianday() does.
    return QStringLiteral("(EXTRACT(EPOCH FROM (CAST(%1 AS timestamptz) - CAST(%2 AS timestamptz))) / 86400.0)")
        .arg(later, earlier);
}

QString PostgresDialect::containsPlain(const QString &haystack) const
{
    return QStringLiteral("strpos(%1, ?) > 0").arg(haystack);
}

QString PostgresDialect::likeInsensitive() const
{
    return QStringLiteral("ILIKE");
}

QString PostgresDialect::noLimit() const
{
    return QStringLiteral("LIMIT ALL");
}

QString PostgresDialect::noIndex(const QString &expr) const
{
    return expr;
}

QString PostgresDialect::orderedJoin() const
{
    return QStringLiteral("JOIN");
}

QStringList PostgresDialect::beginWriteStatements() const
{
    return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLock)};
}

QString PostgresDialect::tableExistsSql() const
{
    return QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                          "AND tablename = ?");
}

QString PostgresDialect::tableColumnsSql() const
{
    // rowid is PostgreSQL's stand-in for SQLite's implicit rowid, not a column of the programme.
    return QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                          "AND table_name = ? AND column_name != 'rowid' ORDER BY ordinal_position");
}

QString PostgresDialect::tablesSql() const
{
    return QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                          "AND tablename NOT LIKE 'advocate_search%' AND tablename != 'advocatedesk_schema' "
                          "ORDER BY tablename COLLATE \"C\"");
}

QString PostgresDialect::columnTypesSql() const
{
    return QStringLiteral("SELECT column_name, data_type, CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END "
                          "FROM information_schema.columns WHERE table_schema = current_schema() "
                          "AND table_name = ? AND column_name != 'rowid' ORDER BY ordinal_position");
}

QString PostgresDialect::checkConstraintsSql() const
{
    return QStringLiteral("SELECT pg_get_constraintdef(c.oid) FROM pg_catalog.pg_constraint c "
                          "JOIN pg_catalog.pg_class t ON t.oid = c.conrelid "
                          "JOIN pg_catalog.pg_namespace s ON s.oid = t.relnamespace "
                          "WHERE c.contype = 'c' AND s.nspname = current_schema() AND t.relname = ?");
}

QStringList PostgresDialect::beginSnapshotStatements() const
{
    return {QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")};
}

QString PostgresDialect::restartIdentitySql(const QString &table, const QString &column) const
{
    // setval(…, false): the next value handed out is exactly max + 1.
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%2), 0) + 1, false) "
                          "FROM %1")
        .arg(table, column);
}

} // namespace ad
