#pragma once

#include "ImportReport.h"
#include "ImportRow.h"
#include "services/ServiceContext.h"
#include "util/Result.h"

#include <memory>

namespace ad {

// One pass over the rows: a checking pass (preview) or the writing pass of a commit.
struct ImportPass
{
    const ServiceContext &context;
    const ImportOptions &options;
    ImportReport &report;
    bool write = false;
};

// Checks and stores the rows of one kind. A handler lives for one pass, so it can
// remember what earlier rows of the same file held (duplicates, new accounts).
class ImportHandler
{
public:
    virtual ~ImportHandler() = default;

    // Records row problems on `row`; in a writing pass stores a row without
    // problems. An error return is a storage failure, not a row problem.
    virtual Status handle(ImportRow &row, ImportPass &pass) = 0;

    static std::unique_ptr<ImportHandler> create(ImportKind kind);
};

} // namespace ad
