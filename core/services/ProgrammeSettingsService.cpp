#include "ProgrammeSettingsService.h"

#include "AuditLog.h"
#include "rules/RuleFields.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ProgrammeSettingsServiceText
{
    Q_DECLARE_TR_FUNCTIONS(ad::ProgrammeSettingsService)
};

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
    for (const RuleField &field : ruleFields()) {
        const int before = field.get(*current);
        const int after = field.get(rules);
        if (before == after)
            continue;
        upsert.resetBindings();
        upsert.bind(newId()).bind(field.key).bind(QString::number(after)).bind(now).bind(now);
        if (Status status = upsert.exec(); !status)
            return status;
        if (Status status = audit.record(QStringLiteral("programme_settings"), field.key, {}, field.key,
                                         QString::number(before), QString::number(after), reason);
            !status)
            return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    m_rules = rules;
    return {};
}

} // namespace ad
