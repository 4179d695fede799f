#include "AdvocateBatch.h"

#include "AdvocateRecord.h"
#include "AdvocateService.h"
#include "Validation.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

namespace ad {

namespace {

QStringList columns(const QString &list)
{
    QStringList names;
    for (const QString &name : list.split(QLatin1Char(',')))
        names << name.trimmed();
    return names;
}

const QString kContactColumns = QStringLiteral("id, account_id, name, title, email, phone, profile_url, "
                                               "language, time_zone, created_at, updated_at, email_key");

} // namespace

AdvocateBatch::AdvocateBatch(const ServiceContext &context)
    : m_context(context), m_contacts(context.db, QStringLiteral("advocates"), columns(kContactColumns),
                                     kRowsPerStatement, kRowsPerMove),
      m_full(context.db, QStringLiteral("advocates"),
             columns(advocateRecord::kColumns) << QStringLiteral("email_key"), kRowsPerStatement,
             kRowsPerMove)
{
}

bool AdvocateBatch::holdsOnlyContactFields(const Advocate &a)
{
    static const Advocate fresh;
    return a.journeyStage == fresh.journeyStage && a.tier == fresh.tier &&
           a.signalValues == fresh.signalValues && a.doNotAskUntil.isNull() &&
           a.nudgeFatigue == fresh.nudgeFatigue && a.successStory.isEmpty() && a.valueOutcomes.isEmpty() &&
           a.ownerId.isEmpty() && a.lastVerified.isNull();
}

const QString &AdvocateBatch::nowText()
{
    // Formatting the time costs more than reading the clock, and it rarely changes
    // between two rows.
    const QDateTime now = m_context.clock.now();
    if (now != m_lastNow) {
        m_lastNow = now;
        m_lastNowText = time::toStorage(now);
    }
    return m_lastNowText;
}

Result<QString> AdvocateBatch::add(const Advocate &input)
{
    if (Status valid = AdvocateService::checkFields(input); !valid)
        return valid.error();
    const QString id = newId();
    const QString &now = nowText();
    const QString key = validate::emailKey(input.email);
    const bool contactsOnly = holdsOnlyContactFields(input);
    StagedInsert &rows = contactsOnly ? m_contacts : m_full;
    // Rows are written in the order they were added, as create() one by one would.
    if (StagedInsert &other = contactsOnly ? m_full : m_contacts; other.pendingRows() > 0)
        if (Status written = other.flush(); !written)
            return written.error();
    Status added;
    if (contactsOnly) {
        // As advocateRecord::fieldValues() gives them.
        added =
            rows.add({id, input.accountId, input.name.trimmed(), input.title.trimmed(), input.email.trimmed(),
                      input.phone, input.profileUrl, input.language, input.timeZone, now, now, key});
    } else {
        QVariantList values{id};
        values << advocateRecord::fieldValues(input) << now << now << key;
        added = rows.add(values);
    }
    if (!added)
        return added.error();
    return id;
}

Status AdvocateBatch::flush()
{
    if (Status written = m_full.flush(); !written)
        return written;
    return m_contacts.flush();
}

} // namespace ad
