#pragma once

#include "ColumnMapping.h"
#include "ImportKind.h"

#include <QList>
#include <QString>

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
};

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
    // "FILE:ROW: field: message"
    QString describe(const ImportIssue &issue) const;
};

} // namespace ad
