#include "AdvocateRows.h"

#include "services/AccountService.h"
#include "services/AdvocateService.h"
#include "services/Validation.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Import)
};

// The name from a "name" column, or from first and last name columns.
QString personName(const ImportRow &row)
{
    const QString full = row.text(QStringLiteral("name"));
    if (!full.isEmpty())
        return full;
    return QStringList{row.text(QStringLiteral("first_name")), row.text(QStringLiteral("last_name"))}
        .join(QLatin1Char(' '))
        .trimmed();
}

// Copies the row's non-empty cells: an update never blanks what the file leaves empty.
void apply(const ImportRow &row, Advocate &advocate)
{
    if (const QString name = personName(row); !name.isEmpty())
        advocate.name = name;
    advocate.email = row.text(QStringLiteral("email"));
    for (const auto &[field, target] : {std::pair{QStringLiteral("title"), &advocate.title},
                                        std::pair{QStringLiteral("phone"), &advocate.phone},
                                        std::pair{QStringLiteral("profile_url"), &advocate.profileUrl},
                                        std::pair{QStringLiteral("language"), &advocate.language},
                                        std::pair{QStringLiteral("time_zone"), &advocate.timeZone}})
        if (const QString value = row.text(field); !value.isEmpty())
            *target = value;
}

} // namespace

Result<QString> AdvocateRows::accountFor(const QString &name, ImportPass &pass)
{
    const QString key = name.toCaseFolded();
    if (const auto created = m_newAccounts.constFind(key); created != m_newAccounts.cend())
        return *created;
    // Thousands of rows name the same few accounts; an account found stays the one
    // found, as the accounts this pass creates have other names.
    if (const auto known = m_accounts.constFind(name); known != m_accounts.cend())
        return *known;
    AccountService accounts(pass.context);
    Result<QString> existing = accounts.idByName(name);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        m_accounts.insert(name, *existing);
        return *existing;
    }
    ++pass.report.accountsCreated;
    QString id;
    if (pass.write) {
        if (!m_newAccountRows)
            m_newAccountRows = std::make_unique<AccountBatch>(pass.context);
        Account account;
        account.name = name;
        Result<QString> created = m_newAccountRows->add(account);
        if (!created)
            return created.error();
        id = *created;
    }
    m_newAccounts.insert(key, id);
    return id;
}

Result<bool> AdvocateRows::emailInUse(const QString &email, const QString &key, ImportPass &pass)
{
    const AdvocateService advocates(pass.context);
    if (!m_keysRead) {
        // Reading a key costs about a quarter of probing for one: a file large next
        // to the table (a new or small programme) reads them all once.
        Result<std::optional<QSet<QString>>> keys = advocates.emailKeys(qint64(pass.report.rows) * 4);
        if (!keys)
            return keys.error();
        m_keys = std::move(*keys);
        m_keysRead = true;
    }
    if (m_keys)
        return m_keys->contains(key);
    return advocates.emailInUse(email);
}

Status AdvocateRows::handle(ImportRow &row, ImportPass &pass)
{
    const QString email = row.text(QStringLiteral("email"));
    if (Status valid = validate::email(email); !valid)
        row.fail(QStringLiteral("email"), valid.error().message);
    const QString accountName = row.text(QStringLiteral("account"));
    std::optional<Advocate> existing;
    if (!email.isEmpty()) {
        const QString key = validate::emailKey(email);
        if (m_seen.contains(key)) {
            row.fail(QStringLiteral("email"),
                     ImportText::tr("%1 is already on line %2 of this file.").arg(email).arg(m_seen.value(key)));
            return {};
        }
        if (m_seen.isEmpty())
            m_seen.reserve(pass.report.rows); // one key per row: no rehashing on the way
        m_seen.insert(key, row.line());
        // Most emails of an import are new: ask the cheap question first.
        Result<bool> inUse = emailInUse(email, key, pass);
        if (!inUse)
            return inUse.error();
        if (*inUse) {
            Result<std::optional<Advocate>> found = AdvocateService(pass.context).findByEmail(email);
            if (!found)
                return found.error();
            existing = *found;
        }
        if (existing && pass.options.onDuplicate == DuplicatePolicy::Refuse)
            row.fail(QStringLiteral("email"), ImportText::tr("%1 already belongs to %2 in the database; choose --on-duplicate "
                                                 "skip or update.")
                                                  .arg(email, existing->name));
    }
    // An update keeps what the file leaves empty; a new advocate needs a name and an account.
    if (!existing) {
        if (personName(row).isEmpty())
            row.fail(QStringLiteral("name"), ImportText::tr("a name is required (a name column, or first and last name)."));
        if (accountName.isEmpty())
            row.fail(QStringLiteral("account"), ImportText::tr("a value is required."));
    }
    if (row.failed())
        return {};
    if (existing && pass.options.onDuplicate == DuplicatePolicy::Skip) {
        ++pass.report.skipped;
        return {};
    }

    Advocate advocate = existing.value_or(Advocate{});
    apply(row, advocate);
    if (!accountName.isEmpty()) {
        Result<QString> accountId = accountFor(accountName, pass);
        if (!accountId)
            return accountId.error();
        advocate.accountId = *accountId;
    }
    ++(existing ? pass.report.updated : pass.report.created);
    if (!pass.write)
        return {};
    if (existing) {
        if (Status written = writeNewAccounts(); !written)
            return written;
        return AdvocateService(pass.context).update(advocate, ImportText::tr("imported from %1").arg(pass.report.source));
    }
    if (!m_batch)
        m_batch = std::make_unique<AdvocateBatch>(pass.context, [this] { return writeNewAccounts(); });
    Result<QString> created = m_batch->add(advocate);
    return created ? Status() : Status(created.error());
}

Status AdvocateRows::writeNewAccounts()
{
    return m_newAccountRows ? m_newAccountRows->flush() : Status();
}

Status AdvocateRows::finish(ImportPass &)
{
    if (Status written = writeNewAccounts(); !written)
        return written;
    return m_batch ? m_batch->flush() : Status();
}

} // namespace ad
