#include "StagedInsert.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QAtomicInt>

namespace ad {

namespace {

// Two stages may be open on one connection (two kinds of row): each gets a name.
QString nextStageName(const QString &table)
{
    static QAtomicInt counter;
    return QStringLiteral("staged_%1_%2").arg(table).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

StagedInsert::StagedInsert(Database &db, const QString &table, const QStringList &columns,
                           int rowsPerStatement, int rowsPerMove)
    : m_db(db), m_table(table), m_columns(columns), m_rowsPerStatement(rowsPerStatement),
      m_rowsPerMove(qMax(rowsPerMove, 1))
{
}

StagedInsert::~StagedInsert()
{
    if (m_stageName.isEmpty())
        return;
    m_stage.reset(); // its statement goes before the table it writes
    // Nothing more to do if this fails: the stage is temporary and private to this
    // connection. After a rollback it is already gone.
    static_cast<void>(execSql(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(m_stageName)));
}

Status StagedInsert::openStage()
{
    if (m_stage)
        return {};
    if (m_db.backend() == Backend::Postgres) {
        m_direct = true;
        m_stage = std::make_unique<BulkInsert>(m_db, m_table, m_columns, m_rowsPerStatement);
        return {};
    }
    const QString name = nextStageName(m_table);
    // Table and column names are literals of the caller, never user text. Columns
    // without a type keep every value as it was bound.
    if (Status created = execSql(
            m_db,
            QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(name, m_columns.join(QStringLiteral(", "))));
        !created)
        return created;
    m_stageName = name;
    m_stage =
        std::make_unique<BulkInsert>(m_db, QStringLiteral("temp.") + name, m_columns, m_rowsPerStatement);
    return {};
}

Status StagedInsert::add(std::initializer_list<QVariant> values)
{
    if (Status open = openStage(); !open)
        return open;
    if (Status buffered = m_stage->add(values); !buffered)
        return buffered;
    return added();
}

Status StagedInsert::add(const QVariantList &values)
{
    if (Status open = openStage(); !open)
        return open;
    if (Status buffered = m_stage->add(values); !buffered)
        return buffered;
    return added();
}

Status StagedInsert::added()
{
    ++m_staged;
    if (m_staged >= m_rowsPerMove)
        return flush();
    if (m_direct)
        return {}; // the parents of these rows are written at the move
    if (m_stage->pendingRows() >= m_stage->rowsPerStatement())
        return m_stage->flush(BulkInsert::Flush::FullBatchesOnly);
    return {};
}

Status StagedInsert::flush()
{
    if (m_staged == 0)
        return {};
    if (m_direct)
        return moveFromMemory();
    if (Status staged = m_stage->flush(); !staged)
        return staged;
    if (m_beforeMove)
        if (Status parents = m_beforeMove(); !parents)
            return parents;
    const QString columns = m_columns.join(QStringLiteral(", "));
    if (Status moved =
            execSql(m_db, QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM temp.%3 ORDER BY rowid")
                              .arg(m_table, columns, m_stageName));
        !moved)
        return makeError(moved.error().kind, QStringLiteral("%1: %2").arg(m_table, moved.error().message),
                         moved.error().field);
    if (Status emptied = execSql(m_db, QStringLiteral("DELETE FROM temp.%1").arg(m_stageName)); !emptied)
        return emptied;
    m_count += m_staged;
    m_staged = 0;
    return {};
}

Status StagedInsert::moveFromMemory()
{
    if (m_beforeMove)
        if (Status parents = m_beforeMove(); !parents)
            return parents;
    if (Status moved = m_stage->flush(); !moved)
        return makeError(moved.error().kind, QStringLiteral("%1: %2").arg(m_table, moved.error().message),
                         moved.error().field);
    m_count += m_staged;
    m_staged = 0;
    return {};
}

} // namespace ad
