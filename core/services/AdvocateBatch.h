#pragma once

#include "ServiceContext.h"
#include "domain/Advocate.h"
#include "storage/StagedInsert.h"
#include "util/Result.h"
#include "util/StampCache.h"

#include <functional>

namespace ad {

// Creates many advocates inside the caller's transaction, staged hundreds of rows
// per statement and moved into the table a few times (StagedInsert): an import
// of 100,000 advocates cannot afford the statements AdvocateService::create()
// runs for each one. Every advocate gets create()'s checks that need no database
// and is stored as create() stores it. The checks against other rows are the
// caller's (the importer reports them row by row); the schema still refuses an
// unknown account or an email already used, and then the whole flush fails.
class AdvocateBatch
{
public:
    // Rows per statement into the stage. Preparing a statement costs the square of
    // its placeholders (SQLite looks each name up in a list), and Qt finds each
    // bound value's slot in a table as large as the statement: on 100,000
    // imported advocates 64 rows did best of 32 to 512.
    static constexpr int kRowsPerStatement = 64;
    // How many rows the stage holds before they move into the table. It lives in
    // memory; 10,000 saved 23 MB on 100,000 advocates and cost 0.1 s.
    static constexpr int kRowsPerMove = 50000;

    // `beforeMove` writes what the advocates refer to and is still buffered (new
    // accounts) before advocates move into the table.
    explicit AdvocateBatch(const ServiceContext &context, const std::function<Status()> &beforeMove = {});

    // Checks and buffers a new advocate (input.id is ignored); its new id. The
    // advocate is in the table after flush(), or once kRowsPerMove are buffered.
    Result<QString> add(const Advocate &input);
    // Writes every buffered advocate.
    Status flush();

    // Does `advocate` hold nothing but who the person is and how to reach them,
    // the rest as a new Advocate has it? Such rows bind half the values.
    static bool holdsOnlyContactFields(const Advocate &advocate);

private:
    // Rows that hold only contact fields name only those columns; the schema's
    // defaults are a new advocate's (AdvocateBatchTest compares them with create()).
    StagedInsert m_contacts;
    StagedInsert m_full; // every column, as create() writes them
    StampCache m_now;
};

} // namespace ad
