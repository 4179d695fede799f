#pragma once

#include "CsvReader.h"
#include "ImportReport.h"
#include "services/ServiceContext.h"
#include "util/Result.h"

namespace ad {

// CSV import of accounts, advocates, NPS responses, purchases and contributions.
// A GUI wizard reads the file (CsvReader), lets the user pick a mapping, shows
// preview()'s row errors, and calls commit() when there are none.
class Importer
{
public:
    explicit Importer(const ServiceContext &context) : m_context(context) {}

    // Checks every row and counts what a commit would do; never writes. A file-level
    // problem (no column for a required field) is an error; row problems are in
    // the report's issues.
    // `progress` may cancel (an ErrorKind::Cancelled error).
    Result<ImportReport> preview(const CsvTable &table, const QString &source, const ImportOptions &options,
                                 const ImportProgress &progress = {}) const;
    // All or nothing: when any row has an issue, returns the report preview() would
    // and writes nothing (unless options.skipBadRows: then the good rows are written
    // and the report lists the others); otherwise writes every row in one
    // transaction. Cancelled through `progress`, it rolls back: nothing is written.
    Result<ImportReport> commit(const CsvTable &table, const QString &source, const ImportOptions &options,
                                const ImportProgress &progress = {}) const;

    // The same for a file on disk; its name is the source in messages.
    Result<ImportReport> previewFile(const QString &path, const ImportOptions &options) const;
    Result<ImportReport> commitFile(const QString &path, const ImportOptions &options) const;

private:
    // One pass over the rows; with `write`, inside the caller's transaction.
    Result<ImportReport> run(const CsvTable &table, const QString &source, const ImportOptions &options,
                             bool write, const ImportProgress &progress) const;
    const ServiceContext &m_context;
};

} // namespace ad
