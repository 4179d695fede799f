#include "ProgrammeCopy.h"

#include "BulkInsert.h"
#include "Database.h"
#include "DatabaseCopy.h"
#include "DatabaseFile.h"
#include "Migrations.h"
#include "SqlQuery.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QSqlError>

#include <cstdio>

namespace ad {

namespace {

// The table whose rows a new programme already has (the default activity
// catalogue): a programme holding only these counts as empty.
const QString kSeededTable = QStringLiteral("activity_types");

// One consistent state of every table of `db` while it lives: a copy reads
// table after table, and a writer in between must not make them disagree.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db) : m_db(db)
    {
        for (const QString &statement : db.dialect().beginSnapshotStatements()) {
            if (Status begun = execSql(db, statement); !begun) {
                m_error = begun.error();
                return;
            }
        }
        m_open = true;
    }
    ~ReadSnapshot()
    {
        if (m_open)
            static_cast<void>(execSql(m_db, QStringLiteral("ROLLBACK"))); // it wrote nothing
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool isOpen() const { return m_open; }
    const Error &error() const { return m_error; }

private:
    const Database &m_db;
    bool m_open = false;
    Error m_error;
};

// A checksum over values as the drivers return them, the same for a value read
// from SQLite and from PostgreSQL: each value is tagged with its kind and its
// length, so that NULL, '' and 'NULL', or 1 and '1', never look alike.
class RowHasher
{
public:
    void addRow(const QVariantList &values)
    {
        for (const QVariant &value : values)
            addValue(value);
        m_hash.addData(QByteArrayView("\n"));
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }
    QString checksum() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    void addValue(const QVariant &value)
    {
        QByteArray text;
        char kind = 's';
        if (value.isNull()) {
            kind = 'n';
        } else {
            switch (value.metaType().id()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
                kind = 'i';
                text = QByteArray::number(value.toLongLong());
                break;
            case QMetaType::ULongLong:
                kind = 'i';
                text = QByteArray::number(value.toULongLong());
                break;
            case QMetaType::Float:
            case QMetaType::Double:
                kind = 'r';
                text = QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
                break;
            case QMetaType::QByteArray:
                kind = 'b';
                text = value.toByteArray();
                break;
            default:
                text = value.toString().toUtf8();
                break;
            }
        }
        m_hash.addData(QByteArrayView(&kind, 1));
        m_hash.addData(QByteArray(QByteArray::number(text.size()) + ':'));
        m_hash.addData(text);
    }

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_rows = 0;
};

// SQL NULL comes back as a null QVariant of the column's type; bound again as
// such, a null text would become '' (sqlValue): make it plain NULL.
QVariantList rowValues(const SqlQuery &query, int columns)
{
    QVariantList values;
    values.reserve(columns);
    for (int c = 0; c < columns; ++c) {
        const QVariant value = query.value(c);
        values << (value.isNull() ? QVariant() : value);
    }
    return values;
}

Result<QStringList> columnsOf(const Database &db, const QString &table)
{
    SqlQuery query(db, db.dialect().tableColumnsSql());
    query.bind(table);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList columns;
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

// The columns a copy reads and writes: the table's own, then the insertion
// order when it is not one of them (SQLite's implicit rowid).
Result<QStringList> copiedColumns(const Database &db, const ProgrammeTable &table)
{
    Result<QStringList> columns = columnsOf(db, table.tableName());
    if (!columns)
        return columns.error();
    if (columns->isEmpty())
        return makeError(ErrorKind::NotADatabase,
                         ProgrammeCopy::tr("“%1” has no table %2: it is not a whole Advocate Desk programme.")
                             .arg(db.path(), table.tableName()));
    if (!columns->contains(table.orderColumn()))
        columns.value() << table.orderColumn();
    return columns;
}

QString selectSql(const ProgrammeTable &table, const QStringList &columns)
{
    // Names are ours (programmeTables() and the schema), never user text.
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columns.join(QStringLiteral(", ")), table.tableName(), table.orderColumn());
}

Result<bool> hasRows(const Database &db, const QString &table)
{
    SqlQuery probe(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) AS probe").arg(table));
    const Result<QVariant> count = scalar(probe);
    if (!count)
        return count.error();
    return count->toLongLong() > 0;
}

// `to` holds no programme yet: gives it the schema when it has none, and takes
// out the default catalogue of a new one. Inside the caller's transaction.
Status prepareTarget(Database &to)
{
    if (to.schemaVersion() == 0) {
        if (Status migrated = migrate(to); !migrated)
            return migrated;
    }
    if (to.schemaVersion() != Database::currentSchemaVersion())
        return makeError(ErrorKind::NewerVersion,
                         ProgrammeCopy::tr("“%1” is at schema %2, not %3: a programme is copied only between "
                                           "databases of this version. Nothing was changed.")
                             .arg(to.path())
                             .arg(to.schemaVersion())
                             .arg(Database::currentSchemaVersion()));
    for (const ProgrammeTable &table : programmeTables()) {
        if (table.tableName() == kSeededTable)
            continue;
        Result<bool> used = hasRows(to, table.tableName());
        if (!used)
            return used.error();
        if (*used)
            return makeError(ErrorKind::Duplicate,
                             ProgrammeCopy::tr("“%1” already holds a programme (its table %2 has rows). A "
                                               "programme is copied only into an empty database; nothing was "
                                               "changed.")
                                 .arg(to.path(), table.tableName()));
    }
    return execSql(to, QStringLiteral("DELETE FROM %1").arg(kSeededTable));
}

Result<TableSummary> copyTable(const Database &from, Database &to, const ProgrammeTable &table)
{
    const auto failed = [&](const Error &error) {
        return makeError(error.kind, ProgrammeCopy::tr("Copying the table %1 to “%2” failed: %3")
                                         .arg(table.tableName(), to.path(), error.message));
    };
    Result<QStringList> columns = copiedColumns(from, table);
    if (!columns)
        return columns.error();
    Result<QStringList> targetColumns = copiedColumns(to, table);
    if (!targetColumns)
        return targetColumns.error();
    if (*columns != *targetColumns)
        return makeError(ErrorKind::Invalid,
                         ProgrammeCopy::tr("The table %1 has other columns in “%2” than in “%3”; nothing was "
                                           "changed.")
                             .arg(table.tableName(), from.path(), to.path()));

    SqlQuery rows(from, selectSql(table, *columns));
    rows.raw().setForwardOnly(true);
    if (Status status = rows.exec(); !status)
        return failed(status.error());
    BulkInsert insert(to, table.tableName(), *columns, ProgrammeCopy::kRowsPerStatement);
    RowHasher hasher;
    const int width = int(columns->size());
    while (rows.next()) {
        const QVariantList values = rowValues(rows, width);
        hasher.addRow(values);
        static_cast<void>(insert.add(values)); // only buffers
        if (insert.pendingRows() >= insert.rowsPerStatement()) {
            if (Status written = insert.flush(BulkInsert::Flush::FullBatchesOnly); !written)
                return failed(written.error());
        }
    }
    if (rows.raw().lastError().isValid())
        return failed(storageError(rows.raw().lastError(), QString(), from.backend()));
    if (Status written = insert.flush(); !written)
        return failed(written.error());
    if (const QString restart = to.dialect().restartIdentitySql(table.tableName(), table.orderColumn());
        !restart.isEmpty()) {
        SqlQuery query(to, restart);
        if (Status status = query.exec(); !status)
            return failed(status.error());
    }
    return TableSummary{table.tableName(), hasher.rows(), hasher.checksum()};
}

} // namespace

Result<TableSummary> ProgrammeCopy::summarise(const Database &db, const ProgrammeTable &table)
{
    Result<QStringList> columns = copiedColumns(db, table);
    if (!columns)
        return columns.error();
    SqlQuery rows(db, selectSql(table, *columns));
    rows.raw().setForwardOnly(true);
    if (Status status = rows.exec(); !status)
        return status.error();
    RowHasher hasher;
    const int width = int(columns->size());
    while (rows.next())
        hasher.addRow(rowValues(rows, width));
    if (rows.raw().lastError().isValid())
        return storageError(rows.raw().lastError(), table.tableName(), db.backend());
    return TableSummary{table.tableName(), hasher.rows(), hasher.checksum()};
}

Result<QList<TableSummary>> ProgrammeCopy::summarise(const Database &db)
{
    ReadSnapshot snapshot(db);
    if (!snapshot.isOpen())
        return snapshot.error();
    QList<TableSummary> summaries;
    for (const ProgrammeTable &table : programmeTables()) {
        Result<TableSummary> summary = summarise(db, table);
        if (!summary)
            return summary.error();
        summaries << *summary;
    }
    return summaries;
}

Result<QList<TableSummary>> ProgrammeCopy::copy(const Database &from, Database &to)
{
    if (from.schemaVersion() != Database::currentSchemaVersion())
        return makeError(
            ErrorKind::NewerVersion,
            tr("“%1” is at schema %2, not %3: open it with this version first, which upgrades it. "
               "Nothing was changed.")
                .arg(from.path())
                .arg(from.schemaVersion())
                .arg(Database::currentSchemaVersion()));
    if (to.isReadOnly())
        return makeError(ErrorKind::Storage,
                         tr("“%1” was opened read-only; nothing was changed.").arg(to.path()));
    ReadSnapshot snapshot(from);
    if (!snapshot.isOpen())
        return snapshot.error();
    WriteTransaction transaction(to);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status prepared = prepareTarget(to); !prepared)
        return prepared.error();

    QList<TableSummary> copied;
    for (const ProgrammeTable &table : programmeTables()) {
        Result<TableSummary> summary = copyTable(from, to, table);
        if (!summary)
            return summary.error();
        copied << *summary;
    }
    // The search index needs no refill: the target's own triggers (FTS5 on
    // SQLite, tsvector rows on PostgreSQL) indexed each advocate as it went in,
    // and the notes are indexed when this transaction commits (SearchIndex).

    // Read back what the target now holds, before anything of it is committed.
    for (qsizetype i = 0; i < copied.size(); ++i) {
        Result<TableSummary> there = summarise(to, programmeTables()[size_t(i)]);
        if (!there)
            return there.error();
        if (*there != copied.at(i))
            return makeError(
                ErrorKind::Storage,
                tr("The copy of the table %1 in “%2” does not match the original: %3 rows there, %4 "
                   "rows here, checksums %5 and %6. Nothing was kept.")
                    .arg(copied.at(i).table, to.path())
                    .arg(copied.at(i).rows)
                    .arg(there->rows)
                    .arg(copied.at(i).checksum.left(12), there->checksum.left(12)));
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return copied;
}

Status ProgrammeCopy::writeSnapshot(const Database &from, const QString &outPath)
{
    if (const QString clash = DatabaseFile::clashWithOpenDatabase(outPath); !clash.isEmpty())
        return makeError(ErrorKind::Invalid, tr("%1 cannot be written: %2").arg(outPath, clash));
    const QString partial = DatabaseFile::partialNameFor(outPath);
    Status copied;
    {
        Result<std::unique_ptr<Database>> snapshot =
            Database::open(partial, Database::Access::ReadWrite, Database::WhenEmpty::StaysEmpty);
        if (!snapshot) {
            copied = snapshot.error();
        } else if (Result<QList<TableSummary>> done = copy(from, **snapshot); !done) {
            copied = done.error();
        }
    } // closed: SQLite folds its log back into the file
    if (!copied) {
        if (QFile::exists(partial))
            static_cast<void>(removeUnusedDatabase(partial)); // a leftover is named .partial: harmless
        return copied;
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(outPath).constData()) != 0) {
        static_cast<void>(removeUnusedDatabase(partial));
        return makeError(ErrorKind::Storage, tr("Cannot write the snapshot “%1”.").arg(outPath));
    }
    return {};
}


} // namespace ad
