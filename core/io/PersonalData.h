#pragma once

#include "services/ServiceContext.h"
#include "util/Result.h"

#include <QJsonObject>

namespace ad {

// Personal-data requests about one advocate, found by email: everything held on
// them as JSON (access), or all of it removed (erasure).
class PersonalData
{
public:
    struct Erasure
    {
        QString advocateId;
        int rowsDeleted = 0;  // the advocate row and every row about them
        int textsScrubbed = 0; // other rows whose text named them (audit, notes, referrals, feedback)
    };

    explicit PersonalData(const ServiceContext &context) : m_context(context) {}

    // {"advocate": {...}, "account": "...", "consents": [...], "notes": [...], ...}:
    // every column of every row about the person.
    Result<QJsonObject> collect(const QString &email) const;
    // The same, written atomically and readable by the owner only.
    Status write(const QString &email, const QString &path) const;

    // Deletes the advocate and every row about them, removes them from the search
    // index, and replaces their email, name and phone number in every other
    // row's text with "[erased]" — all in one transaction. The erasure itself is
    // audited without any personal text, and recorded in the erasure ledger.
    Result<Erasure> erase(const QString &email) const;

    // Rewrites every copy in the database's backups folder that still holds the
    // person (rotating backups, safety copies), without them. Returns how many
    // copies were rewritten. Files elsewhere (a backup saved with --out, a copy
    // on another disk) are out of reach: restoring one erases the person again.
    Result<int> eraseFromBackups(const QString &email) const;

    // Every "table.column" where erase() looks for the person's name, email and
    // phone in other rows' text.
    static QStringList textColumns();

private:
    Result<QString> advocateId(const QString &email) const;
    Result<int> scrubText(const QString &email, const QString &name, const QString &phone) const;
    const ServiceContext &m_context;
};

} // namespace ad
