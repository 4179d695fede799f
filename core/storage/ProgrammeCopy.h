#pragma once

#include "ProgrammeTables.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ad {

class Database;

// One table as a copy sees it: how many rows, and a checksum of their values in
// insertion order (the order column included), computed in C++ from what the
// driver returns, so that it means the same on SQLite and on PostgreSQL.
struct TableSummary
{
    QString table;
    qint64 rows = 0;
    QString checksum; // SHA-256 of the rows' canonical text, hex

    bool operator==(const TableSummary &) const = default;
};

// Whole-programme copies between databases of either backend: `server push`
// (a local file onto a server) and the SQLite snapshot of a server programme
// (`backup --out FILE.sqlite` on a server). One copy routine serves both ways.
class ProgrammeCopy
{
    Q_DECLARE_TR_FUNCTIONS(ad::ProgrammeCopy)

public:
    // Rows per multi-row INSERT: QPSQL offers no COPY, and one statement per
    // row would cost a round trip each.
    static constexpr int kRowsPerStatement = 500;

    // Copies every table of `from` (at the current schema version) into `to`, in
    // one write transaction of `to`. `to` must hold no programme: a database
    // without tables (it gets the schema in the same transaction: open it with
    // Database::WhenEmpty::StaysEmpty) or a new programme (nothing but the default
    // activity catalogue, which the copied one replaces). Rowids and advocates.seq
    // are copied, so insertion-order tie-breaks stay as they were. Before the
    // commit every table of `to` is read back and compared with `from` (row count
    // and checksum); on any failure or difference nothing of the copy stays in
    // `to`, and the error names the table.
    static Result<QList<TableSummary>> copy(const Database &from, Database &to);

    // The summary of one table (or of every table, in programmeTables() order).
    static Result<TableSummary> summarise(const Database &db, const ProgrammeTable &table);
    static Result<QList<TableSummary>> summarise(const Database &db);

    // Writes a complete SQLite copy of the programme in `from` (typically a
    // server) to `outPath`, at the current schema version, with its search index
    // built: written under a temporary name beside it and renamed over it only
    // when whole and verified, so a failure leaves `outPath` as it was.
    static Status writeSnapshot(const Database &from, const QString &outPath);
};

} // namespace ad
