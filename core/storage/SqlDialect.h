#pragma once

#include <QString>
#include <QStringList>

namespace ad {

// Which database engine holds the programme: a local SQLite file, or a
// PostgreSQL server (docs/storage-seam.md).
enum class Backend
{
    Sqlite,
    Postgres,
};

// The few SQL constructs that are spelled differently on the two backends, as
// fragments to splice into a query. Every argument is a column expression or a
// literal of ours, never a user's value: those are always bound. Where one
// spelling runs on both (ON CONFLICT, count(*) FILTER, IS DISTINCT FROM,
// substr on ISO dates, rowid as a column), the query uses it and there is no
// member here.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual Backend backend() const = 0;

    // An expression that compares and sorts without regard to letter case:
    // `expr COLLATE NOCASE` (ASCII only) / `lower(expr)`.
    virtual QString caseFolded(const QString &expr) const = 0;
    // True when `expr` equals the one bound value, letter case aside:
    // `expr = ? COLLATE NOCASE` / `lower(expr) = lower(?)`.
    virtual QString caseFoldedEquals(const QString &expr) const = 0;
    // The values of `expr` joined by `separatorLiteral` (an SQL string literal).
    virtual QString stringAgg(const QString &expr, const QString &separatorLiteral) const = 0;
    // Days (with a fraction) from `earlier` to `later`, both ISO-8601 texts.
    virtual QString daysBetween(const QString &later, const QString &earlier) const = 0;
    // True when `haystack` holds the one bound value as plain text (no pattern).
    virtual QString containsPlain(const QString &haystack) const = 0;
    // The LIKE that ignores letter case (SQLite's LIKE does, for ASCII).
    virtual QString likeInsensitive() const = 0;
    // A LIMIT clause that limits nothing (SQLite: keeps a subquery from being flattened).
    virtual QString noLimit() const = 0;
    // `expr` kept off its indexes: SQLite's unary + (a planner hint, tuned per
    // query); PostgreSQL plans on statistics and has no + for text.
    virtual QString noIndex(const QString &expr) const = 0;
    // An inner join whose left side stays the outer loop: SQLite's CROSS JOIN
    // (a planner hint); a plain JOIN on PostgreSQL, which allows no ON after CROSS JOIN.
    virtual QString orderedJoin() const = 0;

    // Statements that open a write transaction, one writer at a time.
    virtual QStringList beginWriteStatements() const = 0;
    // One bound value (a table name of ours); the first column says whether it exists (0/1).
    virtual QString tableExistsSql() const = 0;
    // One bound value (a table name of ours); one row per column name, in table order.
    virtual QString tableColumnsSql() const = 0;
    // Every table of the programme, by name (no search-index internals).
    virtual QString tablesSql() const = 0;
    // One bound value (a table name of ours); one row per column: name, declared
    // type, and whether it is NOT NULL (0/1).
    virtual QString columnTypesSql() const = 0;
    // One bound value (a table name of ours); rows of text holding the table's
    // CHECK constraints, in the backend's own spelling (SyncRowCheck reads both).
    virtual QString checkConstraintsSql() const = 0;
    // Statements that open a read-only transaction seeing one consistent state of
    // every table (a whole-programme copy reads many); ROLLBACK ends it.
    virtual QStringList beginSnapshotStatements() const = 0;
    // After rows were inserted with their own values in `column` (an identity
    // column on PostgreSQL), a statement that makes the next generated value
    // follow the highest one; empty where the engine does it itself (SQLite).
    virtual QString restartIdentitySql(const QString &table, const QString &column) const = 0;

    static const SqlDialect &forBackend(Backend backend);
};

class SqliteDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::Sqlite; }
    QString caseFolded(const QString &expr) const override;
    QString caseFoldedEquals(const QString &expr) const override;
    QString stringAgg(const QString &expr, const QString &separatorLiteral) const override;
    QString daysBetween(const QString &later, const QString &earlier) const override;
    QString containsPlain(const QString &haystack) const override;
    QString likeInsensitive() const override;
    QString noLimit() const override;
    QString noIndex(const QString &expr) const override;
    QString orderedJoin() const override;
    QStringList beginWriteStatements() const override;
    QString tableExistsSql() const override;
    QString tableColumnsSql() const override;
    QString tablesSql() const override;
    QString columnTypesSql() const override;
    QString checkConstraintsSql() const override;
    QStringList beginSnapshotStatements() const override;
    QString restartIdentitySql(const QString &table, const QString &column) const override;
};

class PostgresDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::Postgres; }
    QString caseFolded(const QString &expr) const override;
    QString caseFoldedEquals(const QString &expr) const override;
    QString stringAgg(const QString &expr, const QString &separatorLiteral) const override;
    QString daysBetween(const QString &later, const QString &earlier) const override;
    QString containsPlain(const QString &haystack) const override;
    QString likeInsensitive() const override;
    QString noLimit() const override;
    QString noIndex(const QString &expr) const override;
    QString orderedJoin() const override;
    QStringList beginWriteStatements() const override;
    QString tableExistsSql() const override;
    QString tableColumnsSql() const override;
    QString tablesSql() const override;
    QString columnTypesSql() const override;
    QString checkConstraintsSql() const override;
    QStringList beginSnapshotStatements() const override;
    QString restartIdentitySql(const QString &table, const QString &column) const override;

    // The key of the advisory lock every writer takes: SQLite's one writer at a time.
    static constexpr qint64 kWriterLock = 0x41445344; // "ADSD"
};

} // namespace ad
