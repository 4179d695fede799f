#pragma once

#include <QString>

#include <span>

namespace ad {

// One table of a programme, as a whole-programme copy sees it.
struct ProgrammeTable
{
    const char *name;
    // The column that keeps the order rows were inserted in, the tie-break of
    // ORDER BY date, rowid: SQLite's rowid (PostgreSQL's rowid column,
    // docs/storage-seam.md §2.3), or advocates.seq, the search index's key.
    const char *insertionOrder;

    QString tableName() const { return QString::fromLatin1(name); }
    QString orderColumn() const { return QString::fromLatin1(insertionOrder); }
};

// Every table of the programme at the current schema version, parents before
// children (the order a copy inserts them in; the reverse is the order to empty
// them). Not the search index: each backend builds its own from these tables.
// DatabaseOnBackend.ProgrammeTablesAreTheSchemasTables keeps this list equal to
// the schema's on both backends.
std::span<const ProgrammeTable> programmeTables();

} // namespace ad
