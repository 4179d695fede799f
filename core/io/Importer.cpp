#include "Importer.h"

#include "AccountRows.h"
#include "AdvocateRows.h"
#include "ContributionRows.h"
#include "ImportHandler.h"
#include "NpsRows.h"
#include "PurchaseRows.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ad {

std::unique_ptr<ImportHandler> ImportHandler::create(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return std::make_unique<AccountRows>();
    case ImportKind::Advocates:
        return std::make_unique<AdvocateRows>();
    case ImportKind::Nps:
        return std::make_unique<NpsRows>();
    case ImportKind::Purchases:
        return std::make_unique<PurchaseRows>();
    case ImportKind::Contributions:
        return std::make_unique<ContributionRows>();
    }
    return nullptr;
}

namespace {

// Often enough for a smooth bar, rarely enough to cost nothing next to the SQL.
constexpr int kProgressEvery = 250;

Error cancelled()
{
    return makeError(ErrorKind::Cancelled,
                     QCoreApplication::translate("ad::Import", "The import was cancelled; nothing was written."));
}

} // namespace

Result<ImportReport> Importer::run(const CsvTable &table, const QString &source, const ImportOptions &options,
                                   bool write, const Steps &steps) const
{
    Result<QList<ColumnMapping::Binding>> bindings = options.mapping.resolve(options.kind, table.header, source);
    if (!bindings)
        return bindings.error();
    ImportReport report;
    report.source = source;
    report.encoding = TextDecoder::name(table.encoding);
    report.delimiter = table.delimiter;
    report.columns = *bindings;
    report.rows = table.records.size() + table.ragged.size();
    for (const CsvProblem &problem : table.ragged)
        report.issues << ImportIssue{problem.line, QString(), problem.message};

    ImportPass pass{m_context, options, report, write};
    std::unique_ptr<ImportHandler> handler = ImportHandler::create(options.kind);
    const int total = int(table.records.size()) * steps.passes;
    int done = int(table.records.size()) * steps.pass;
    if (steps.progress && !steps.progress(done, total))
        return cancelled();
    for (const CsvRecord &record : table.records) {
        if (steps.progress && ++done % kProgressEvery == 0 && !steps.progress(done, total))
            return cancelled();
        ImportRow row(record, report.columns, report.issues);
        if (Status status = handler->handle(row, pass); !status)
            return makeError(status.error().kind, QStringLiteral("%1:%2: %3").arg(source).arg(record.line).arg(
                                                      status.error().message),
                             status.error().field);
    }
    if (steps.progress && !steps.progress(done, total))
        return cancelled();
    // Ragged rows come first from the reader; the user reads them in file order.
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return report;
}

Result<ImportReport> Importer::preview(const CsvTable &table, const QString &source,
                                       const ImportOptions &options, const ImportProgress &progress) const
{
    return run(table, source, options, false, Steps{progress});
}

Result<ImportReport> Importer::commit(const CsvTable &table, const QString &source,
                                      const ImportOptions &options, const ImportProgress &progress) const
{
    Result<ImportReport> checked = run(table, source, options, false, Steps{progress, 0, 2});
    if (!checked || (checked->hasIssues() && !options.skipBadRows))
        return checked;
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    // The writing pass meets the same rows in the same state, so it finds no new
    // issue; if storage fails half-way the guard rolls everything back.
    // Handlers store only rows without problems, so with skipBadRows the refused
    // rows stay out and are listed in the report.
    Result<ImportReport> written = run(table, source, options, true, Steps{progress, 1, 2});
    if (!written)
        return written;
    if (written->hasIssues() && !options.skipBadRows)
        return written; // cannot happen after a clean preview; still never half-commit
    if (Status status = transaction.commit(); !status)
        return status.error();
    written->committed = true;
    return written;
}

Result<ImportReport> Importer::previewFile(const QString &path, const ImportOptions &options) const
{
    Result<CsvTable> table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    return preview(*table, QFileInfo(path).fileName(), options);
}

Result<ImportReport> Importer::commitFile(const QString &path, const ImportOptions &options) const
{
    Result<CsvTable> table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    return commit(*table, QFileInfo(path).fileName(), options);
}

} // namespace ad
