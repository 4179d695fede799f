#include "AccountRows.h"

#include "services/AccountService.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Import)
};

// Accepts the stored key ("mid_market") or the label ("Mid-market") in any case.
template <typename Enum>
std::optional<Enum> parseLoosely(const QString &text, const QList<Enum> &values)
{
    const QString wanted = normalisedHeader(text);
    for (Enum value : values)
        if (normalisedHeader(keyOf(value)) == wanted || normalisedHeader(displayName(value)) == wanted)
            return value;
    return std::nullopt;
}

QStringList keysOf(const auto &values)
{
    QStringList keys;
    for (auto value : values)
        keys << keyOf(value);
    return keys;
}

// Fills `account` from the row's non-empty cells: an update never blanks a field
// the file leaves empty.
void apply(ImportRow &row, Account &account)
{
    if (const QString name = row.text(QStringLiteral("name")); !name.isEmpty())
        account.name = name;
    for (const auto &[field, target] : {std::pair{QStringLiteral("industry"), &account.industry},
                                        std::pair{QStringLiteral("region"), &account.region},
                                        std::pair{QStringLiteral("country"), &account.country},
                                        std::pair{QStringLiteral("external_crm_id"), &account.externalCrmId}})
        if (const QString value = row.text(field); !value.isEmpty())
            *target = value;
    if (const QString segment = row.text(QStringLiteral("segment")); !segment.isEmpty()) {
        if (auto parsed = parseLoosely(segment, allSegmentValues()))
            account.segment = *parsed;
        else
            row.fail(QStringLiteral("segment"), ImportText::tr("“%1” is not a segment; use one of: %2.")
                                                    .arg(segment, keysOf(allSegmentValues()).join(QStringLiteral(", "))));
    }
    if (const QString health = row.text(QStringLiteral("health")); !health.isEmpty()) {
        if (auto parsed = parseLoosely(health, allHealthValues()))
            account.health = *parsed;
        else
            row.fail(QStringLiteral("health"), ImportText::tr("“%1” is not a health; use one of: %2.")
                                                   .arg(health, keysOf(allHealthValues()).join(QStringLiteral(", "))));
    }
    if (const QString products = row.text(QStringLiteral("products")); !products.isEmpty()) {
        account.products.clear();
        for (const QString &product : products.split(QRegularExpression(QStringLiteral("[;|]"))))
            if (!product.trimmed().isEmpty())
                account.products << product.trimmed();
    }
    if (auto arr = row.number(QStringLiteral("arr"), false, false))
        account.arr = *arr;
    if (QDate since = row.date(QStringLiteral("customer_since"), false); since.isValid())
        account.customerSince = since;
    if (QDate renewal = row.date(QStringLiteral("renewal_date"), false); renewal.isValid())
        account.renewalDate = renewal;
}

} // namespace

Status AccountRows::handle(ImportRow &row, ImportPass &pass)
{
    const QString name = row.requiredText(QStringLiteral("name"));
    Account account;
    apply(row, account);
    if (name.isEmpty())
        return {};

    const QString key = name.toCaseFolded();
    if (m_seen.contains(key)) {
        row.fail(QStringLiteral("name"), ImportText::tr("“%1” is already on line %2 of this file.").arg(name).arg(m_seen.value(key)));
        return {};
    }
    m_seen.insert(key, row.line());

    AccountService accounts(pass.context);
    Result<std::optional<Account>> existing = accounts.findByName(name);
    if (!existing)
        return existing.error();
    if (existing->has_value() && pass.options.onDuplicate == DuplicatePolicy::Refuse)
        row.fail(QStringLiteral("name"), ImportText::tr("an account named “%1” already exists; choose --on-duplicate skip or "
                                            "update.")
                                             .arg(name));
    if (row.failed())
        return {};

    if (!existing->has_value()) {
        ++pass.report.created;
        if (!pass.write)
            return {};
        Result<Account> created = accounts.create(account);
        return created ? Status() : Status(created.error());
    }
    if (pass.options.onDuplicate == DuplicatePolicy::Skip) {
        ++pass.report.skipped;
        return {};
    }
    ++pass.report.updated;
    if (!pass.write)
        return {};
    Account updated = **existing;
    apply(row, updated);
    return accounts.update(updated);
}

} // namespace ad
