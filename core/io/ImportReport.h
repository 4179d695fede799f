#pragma once

#include "TextDecoder.h"

#include <optional>

#include "ColumnMapping.h"
#include "ImportKind.h"

#include <QList>
#include <QString>

#include <functional>

namespace ad {

// What to do with a row whose key (an advocate's email, an account's name) is
// already in the database. Refuse makes it a row error; duplicates inside one
// file are always errors.
enum class DuplicatePolicy
{
    Refuse,
    Skip,
    Update
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Advocates;
    ColumnMapping mapping = ColumnMapping::preset(ColumnMapping::Preset::Auto);
    DuplicatePolicy onDuplicate = DuplicatePolicy::Refuse;
    // Write the rows without problems and leave the others out (listed in the
    // report). Off by default: a file with any refused row is refused whole.
    bool skipBadRows = false;
    // The file's encoding as the user chose it; empty: detected.
    std::optional<TextDecoder::Encoding> encoding;
};

// Told how many of the file's rows a pass has handled so far; returning false
// cancels the import (nothing is written). Called on the importing thread.
using ImportProgress = std::function<bool(int done, int total)>;

// One thing wrong with one row: "contacts.csv:7: email: “x” is not a valid email address."
struct ImportIssue
{
    int line = 0;  // the file line on which the row starts (the header is line 1)
    QString field; // empty when the row as a whole is at fault
    QString message;
};

// The outcome of a preview (what a commit would do) or of a commit (what it did).
struct ImportReport
{
    QString source; // the file name used in messages
    QString encoding;
    QChar delimiter;
    QList<ColumnMapping::Binding> columns;
    int rows = 0;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int accountsCreated = 0; // accounts an advocate row named that did not exist yet
    QList<ImportIssue> issues;
    bool committed = false;

    bool hasIssues() const { return !issues.isEmpty(); }
    // How many different rows have an issue: with skipBadRows, the rows left out.
    int refusedRows() const;
    // The issues as CSV (row, column, reason), UTF-8 with a BOM, for the user to
    // keep next to the file they have to fix.
    QByteArray issuesCsv() const;
    // "FILE:ROW: field: message"
    QString describe(const ImportIssue &issue) const;
};

} // namespace ad
