#pragma once

#include "ServiceContext.h"
#include "domain/Account.h"
#include "storage/BulkInsert.h"
#include "util/Result.h"
#include "util/StampCache.h"

namespace ad {

// Creates many accounts inside the caller's transaction, many rows per INSERT
// statement, as AccountService::create() stores them: an advocates file names
// thousands of accounts that do not exist yet. Each account gets create()'s checks
// that need no database; the schema refuses an unknown owner, and then the whole
// flush fails. Rows referring to these accounts must be written after flush().
class AccountBatch
{
public:
    static constexpr int kRowsPerStatement = 64;

    explicit AccountBatch(const ServiceContext &context);

    // Checks and buffers a new account (input.id is ignored); its new id.
    Result<QString> add(const Account &input);
    // Writes every buffered account.
    Status flush();
    qint64 pendingRows() const { return m_rows.pendingRows(); }

private:
    BulkInsert m_rows;
    StampCache m_now;
};

} // namespace ad
