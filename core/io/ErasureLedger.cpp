#include "ErasureLedger.h"

#include "PersonalData.h"
#include "services/Validation.h"
#include "storage/RawConnection.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace ad {

QString ErasureLedger::hashOf(const QString &salt, const QString &emailKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((salt + QLatin1Char(':') + emailKey).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> ErasureLedger::salt() const
{
    // One salt per file, made with its first entry: the oldest entry's salt.
    SqlQuery existing(m_context.db, QStringLiteral("SELECT salt FROM erasure_ledger ORDER BY created_at, rowid LIMIT 1"));
    Result<QVariant> found = scalar(existing);
    if (!found)
        return found.error();
    if (!found->isNull())
        return found->toString();
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

Status ErasureLedger::record(const QString &email) const
{
    Result<QString> salted = salt();
    if (!salted)
        return salted.error();
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO erasure_ledger"
                                                 " (id, salt, email_hash, erased_at, created_at, updated_at)"
                                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    insert.bind(newId()).bind(*salted).bind(hashOf(*salted, validate::emailKey(email))).bind(now).bind(now).bind(now);
    return insert.exec();
}

namespace {

QList<ErasureLedger::Entry> readEntries(QSqlQuery &query)
{
    QList<ErasureLedger::Entry> entries;
    while (query.next())
        entries << ErasureLedger::Entry{query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString()};
    return entries;
}

const QString kSelectEntries =
    QStringLiteral("SELECT salt, email_hash, erased_at FROM erasure_ledger ORDER BY created_at, rowid");

} // namespace

Result<QList<ErasureLedger::Entry>> ErasureLedger::entries() const
{
    SqlQuery query(m_context.db, kSelectEntries);
    if (Status status = query.exec(); !status)
        return status.error();
    return readEntries(query.raw());
}

Result<QList<ErasureLedger::Entry>> ErasureLedger::entriesIn(const QString &databasePath)
{
    RawConnection other(databasePath, RawConnection::Access::ReadOnly);
    if (!other.isOpen())
        return makeError(ErrorKind::Storage, other.error());
    QSqlQuery has(other.db());
    if (!has.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'erasure_ledger'"))
        || !has.next())
        return makeError(ErrorKind::Corrupt, has.lastError().text());
    if (has.value(0).toInt() == 0)
        return QList<Entry>(); // a file from before schema 8
    has.finish();
    QSqlQuery query(other.db());
    if (!query.exec(kSelectEntries))
        return makeError(ErrorKind::Corrupt, query.lastError().text());
    return readEntries(query);
}

Result<ErasureLedger::Lookup> ErasureLedger::lookup() const
{
    Result<QList<Entry>> all = entries();
    if (!all)
        return all.error();
    Lookup lookup;
    for (const Entry &entry : *all)
        lookup.m_hashesBySalt[entry.salt].insert(entry.emailHash);
    return lookup;
}

bool ErasureLedger::Lookup::contains(const QString &email) const
{
    const QString key = validate::emailKey(email);
    for (auto it = m_hashesBySalt.cbegin(); it != m_hashesBySalt.cend(); ++it) {
        if (it.value().contains(hashOf(it.key(), key)))
            return true;
    }
    return false;
}

Result<int> ErasureLedger::carryOver(const QList<Entry> &incoming) const
{
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO erasure_ledger"
                                                 " (id, salt, email_hash, erased_at, created_at, updated_at)"
                                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const Entry &entry : incoming) {
        insert.resetBindings();
        insert.bind(newId()).bind(entry.salt).bind(entry.emailHash).bind(entry.erasedAt).bind(now).bind(now);
        if (Status status = insert.exec(); !status)
            return status.error();
    }
    Result<Lookup> ledger = lookup();
    if (!ledger)
        return ledger.error();
    QStringList named;
    SqlQuery people(m_context.db, QStringLiteral("SELECT email FROM advocates"));
    if (Status status = people.exec(); !status)
        return status.error();
    while (people.next()) {
        const QString email = people.value(0).toString();
        if (ledger->contains(email))
            named << email;
    }
    people.raw().finish();
    for (const QString &email : std::as_const(named)) {
        if (Result<PersonalData::Erasure> erased = PersonalData(m_context).erase(email); !erased)
            return erased.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return int(named.size());
}

} // namespace ad
