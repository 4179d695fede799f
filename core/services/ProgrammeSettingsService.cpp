#include "ProgrammeSettingsService.h"

#include "AuditLog.h"
#include "rules/RuleFields.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Formats.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>

#include <tuple>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ProgrammeSettingsServiceText
{
    Q_DECLARE_TR_FUNCTIONS(ad::ProgrammeSettingsService)
};

// The one text setting beside the numbers of RuleFields.
const QString kCurrencyKey = QStringLiteral("currency");

// key → stored text.
Result<QHash<QString, QString>> storedValues(const Database &db)
{
    SqlQuery query(db, QStringLiteral("SELECT key, value FROM programme_settings"));
    if (Status status = query.exec(); !status)
        return status.error();
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return values;
}

} // namespace

Result<ProgrammeRules> ProgrammeSettingsService::load() const
{
    Result<QHash<QString, QString>> stored = storedValues(m_context.db);
    if (!stored)
        return stored.error();
    ProgrammeRules rules;
    for (const RuleField &field : ruleFields()) {
        bool isNumber = false;
        const int value = stored->value(field.key).toInt(&isNumber);
        if (isNumber)
            field.set(rules, qBound(field.minimum, value, field.maximum));
    }
    // A hand-edited code that is not one keeps the default, like a number out of range.
    if (const QString currency = stored->value(kCurrencyKey).trimmed().toUpper();
        Formats::isCurrencyCode(currency))
        rules.currency = currency;
    // A stored set that no longer fits together (a hand edit) falls back whole.
    if (!problem(rules).isEmpty())
        return ProgrammeRules{};
    return rules;
}

Status ProgrammeSettingsService::apply()
{
    Result<ProgrammeRules> loaded = load();
    if (!loaded)
        return loaded.error();
    m_rules = *loaded;
    return {};
}

QString ProgrammeSettingsService::problem(const ProgrammeRules &rules)
{
    for (const RuleField &field : ruleFields()) {
        const int value = field.get(rules);
        if (value < field.minimum || value > field.maximum)
            return ProgrammeSettingsServiceText::tr("The setting “%1” must be between %2 and %3.")
                .arg(field.key)
                .arg(field.minimum)
                .arg(field.maximum);
    }
    if (rules.npsDetractorMax >= rules.npsPassiveMax)
        return ProgrammeSettingsServiceText::tr("A detractor score must be below the highest passive score.");
    for (size_t tier = 1; tier < rules.tierThresholds.size(); ++tier)
        if (rules.tierThresholds[tier] <= rules.tierThresholds[tier - 1])
            return ProgrammeSettingsServiceText::tr("Each tier needs more points than the one below it.");
    if (!Formats::isCurrencyCode(rules.currency))
        return ProgrammeSettingsServiceText::tr(
                   "“%1” is not a currency code: use three capital letters such as USD, MYR or TWD.")
            .arg(rules.currency);
    return {};
}

Status ProgrammeSettingsService::save(const ProgrammeRules &rules, const QString &reason)
{
    if (const QString why = problem(rules); !why.isEmpty())
        return makeError(ErrorKind::Invalid, why);
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    Result<ProgrammeRules> current = load();
    if (!current)
        return current.error();
    const QString now = time::toStorage(m_context.clock.now());
    AuditLog audit(m_context);
    SqlQuery upsert(m_context.db,
                    QStringLiteral("INSERT INTO programme_settings (id, key, value, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?) "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                                   "updated_at = excluded.updated_at"));
    // key → (stored before, to store): the numbers, then the currency.
    QList<std::tuple<QString, QString, QString>> values;
    for (const RuleField &field : ruleFields())
        values.append({field.key, QString::number(field.get(*current)), QString::number(field.get(rules))});
    values.append({kCurrencyKey, current->currency, rules.currency});
    for (const auto &[key, before, after] : values) {
        if (before == after)
            continue;
        upsert.resetBindings();
        upsert.bind(newId()).bind(key).bind(after).bind(now).bind(now);
        if (Status status = upsert.exec(); !status)
            return status;
        if (Status status =
                audit.record(QStringLiteral("programme_settings"), key, {}, key, before, after, reason);
            !status)
            return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    m_rules = rules;
    return {};
}

} // namespace ad
