#pragma once

#include "ImportReport.h"
#include "ImportRow.h"
#include "services/ServiceContext.h"
#include "util/Result.h"

#include <memory>

namespace ad {

// One pass over the rows: a preview, or a commit that checks and writes each row.
// A commit stops writing (write turns false) once a row is refused without
// skipBadRows, as it will roll back; the checks go on for the report.
struct ImportPass
{
    const ServiceContext &context;
    const ImportOptions &options;
    ImportReport &report;
    bool write = false;
};

// Checks and stores the rows of one kind. A handler lives for one pass, so it can
// remember what earlier rows of the same file held (duplicates, new accounts).
// Its checks must not depend on whether earlier rows were written: a refused
// commit returns the report a preview of the same file gives.
class ImportHandler
{
public:
    virtual ~ImportHandler() = default;

    // Records row problems on `row`; in a writing pass stores a row without
    // problems. An error return is a storage failure, not a row problem.
    virtual Status handle(ImportRow &row, ImportPass &pass) = 0;
    // After the last row of a writing pass: stores what handle() kept back.
    virtual Status finish(ImportPass &) { return {}; }

    static std::unique_ptr<ImportHandler> create(ImportKind kind);
};

} // namespace ad
