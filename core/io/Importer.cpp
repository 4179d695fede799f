#include "Importer.h"

#include "AccountRows.h"
#include "AdvocateRows.h"
#include "ContributionRows.h"
#include "ImportHandler.h"
#include "NpsRows.h"
#include "PurchaseRows.h"
#include "services/Validation.h"
#include "storage/StatementCache.h"
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

// What no field may hold, whatever it maps to: control and invisible
// characters (NUL, ESC, a bidi override that reverses what a reader sees), and
// more text than the field can mean. Each is an issue naming the row and field.
bool cellsAreClean(const CsvRecord &record, ImportReport &report)
{
    bool clean = true;
    for (const ColumnMapping::Binding &binding : std::as_const(report.columns)) {
        const QString cell = record.cells.value(binding.column);
        for (const QChar c : cell) {
            if (validate::isInvisibleOrControl(c)) {
                report.issues << ImportIssue{record.line, binding.field,
                                             QCoreApplication::translate("ad::Import",
                                                                         "contains an invisible or control character "
                                                                         "(U+%1); type the value again.")
                                                 .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(
                                                     4, QLatin1Char('0')))};
                clean = false;
                break;
            }
        }
        const QString &field = binding.field;
        const int limit = field == QLatin1String("email") ? validate::kMaxEmailLength
                          : field.endsWith(QLatin1String("name")) || field == QLatin1String("account")
                              ? validate::kMaxNameLength
                              : validate::kMaxTextLength;
        if (cell.trimmed().size() > limit) {
            report.issues << ImportIssue{record.line, field,
                                         QCoreApplication::translate("ad::Import",
                                                                     "%1 characters; at most %2 are allowed.")
                                             .arg(cell.trimmed().size())
                                             .arg(limit)};
            clean = false;
        }
    }
    return clean;
}

} // namespace

Result<ImportReport> Importer::run(const CsvTable &table, const QString &source, const ImportOptions &options,
                                   bool write, const ImportProgress &progress) const
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

    // Once a row is refused, an all-or-nothing commit will roll back: the rest is
    // only checked, so that the report still lists every issue.
    const auto mayWrite = [&] { return write && (options.skipBadRows || !report.hasIssues()); };
    ImportPass pass{m_context, options, report, mayWrite()};
    // The services the handlers call run the same few statements for every row.
    const StatementCache statements(m_context.db);
    std::unique_ptr<ImportHandler> handler = ImportHandler::create(options.kind);
    const int total = int(table.records.size());
    int done = 0;
    if (progress && !progress(done, total))
        return cancelled();
    for (const CsvRecord &record : table.records) {
        if (progress && ++done % kProgressEvery == 0 && !progress(done, total))
            return cancelled();
        if (!cellsAreClean(record, report)) {
            pass.write = pass.write && mayWrite();
            continue;
        }
        ImportRow row(record, report.columns, report.issues);
        if (Status status = handler->handle(row, pass); !status)
            return makeError(status.error().kind, QStringLiteral("%1:%2: %3").arg(source).arg(record.line).arg(
                                                      status.error().message),
                             status.error().field);
        pass.write = pass.write && mayWrite();
    }
    if (pass.write)
        if (Status status = handler->finish(pass); !status)
            return makeError(status.error().kind,
                             QStringLiteral("%1: %2").arg(source, status.error().message),
                             status.error().field);
    if (progress && !progress(done, total))
        return cancelled();
    // Ragged rows come first from the reader; the user reads them in file order.
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return report;
}

Result<ImportReport> Importer::preview(const CsvTable &table, const QString &source,
                                       const ImportOptions &options, const ImportProgress &progress) const
{
    return run(table, source, options, false, progress);
}

Result<ImportReport> Importer::commit(const CsvTable &table, const QString &source,
                                      const ImportOptions &options, const ImportProgress &progress) const
{
    // One pass checks and writes; the guard rolls back whatever the pass wrote
    // when it returns early (cancel, storage failure) or finds a refused row.
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen()) {
        // A file with refused rows is reported as such even when the database
        // cannot be written now (read-only, busy): the user fixes the file first.
        Result<ImportReport> checked = run(table, source, options, false, progress);
        if (!checked || (checked->hasIssues() && !options.skipBadRows))
            return checked;
        return transaction.error();
    }
    Result<ImportReport> written = run(table, source, options, true, progress);
    if (!written)
        return written;
    if (written->hasIssues() && !options.skipBadRows)
        return written; // the preview's report; the guard rolls back, nothing is written
    if (Status status = transaction.commit(); !status)
        return status.error();
    written->committed = true;
    return written;
}

Result<ImportReport> Importer::previewFile(const QString &path, const ImportOptions &options) const
{
    Result<CsvTable> table = CsvReader::readFile(path, options.encoding);
    if (!table)
        return table.error();
    return preview(*table, QFileInfo(path).fileName(), options);
}

Result<ImportReport> Importer::commitFile(const QString &path, const ImportOptions &options) const
{
    Result<CsvTable> table = CsvReader::readFile(path, options.encoding);
    if (!table)
        return table.error();
    return commit(*table, QFileInfo(path).fileName(), options);
}

} // namespace ad
