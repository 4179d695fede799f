#pragma once

#include "services/ServiceContext.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace ad {

// Who was erased from this programme, kept as a salted SHA-256 of each erased
// person's email key — never the email — so that restoring an older backup or
// merging an older bundle erases them again. Anyone holding an email can test
// whether it was erased here; nobody can read the emails back out.
class ErasureLedger
{
public:
    struct Entry
    {
        QString salt;
        QString emailHash;
        QString erasedAt;
    };

    explicit ErasureLedger(const ServiceContext &context) : m_context(context) {}

    // Records the person with this email as erased (in the caller's transaction).
    Status record(const QString &email) const;
    Result<QList<Entry>> entries() const;

    // The ledger of another file of this programme (a safety copy, a backup),
    // read through SQLite, read-only. Empty when that file has none.
    static Result<QList<Entry>> entriesIn(const QString &databasePath);

    // Adds `entries` not yet here, then erases everyone here whom the ledger
    // names — one transaction. Returns how many people were erased again.
    Result<int> carryOver(const QList<Entry> &entries) const;

    // The ledger in memory, to test many emails quickly (a bundle's advocates).
    class Lookup
    {
    public:
        bool contains(const QString &email) const;

    private:
        friend class ErasureLedger;
        QHash<QString, QSet<QString>> m_hashesBySalt;
    };
    Result<Lookup> lookup() const;

    static QString hashOf(const QString &salt, const QString &emailKey);

private:
    Result<QString> salt() const;
    const ServiceContext &m_context;
};

} // namespace ad
