#include "AdvocateBatch.h"

#include "AdvocateRecord.h"
#include "AdvocateService.h"
#include "Validation.h"
#include "util/Ids.h"

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

AdvocateBatch::AdvocateBatch(const ServiceContext &context, const std::function<Status()> &beforeMove)
    : m_contacts(context.db, QStringLiteral("advocates"), columns(kContactColumns), kRowsPerStatement,
                 kRowsPerMove),
      m_full(context.db, QStringLiteral("advocates"),
             columns(advocateRecord::kColumns) << QStringLiteral("email_key"), kRowsPerStatement,
             kRowsPerMove),
      m_now(context.clock)
{
    m_contacts.setBeforeMove(beforeMove);
    m_full.setBeforeMove(beforeMove);
}

bool AdvocateBatch::holdsOnlyContactFields(const Advocate &a)
{
    static const Advocate fresh;
    return a.journeyStage == fresh.journeyStage && a.tier == fresh.tier &&
           a.signalValues == fresh.signalValues && a.doNotAskUntil.isNull() &&
           a.nudgeFatigue == fresh.nudgeFatigue && a.successStory.isEmpty() && a.valueOutcomes.isEmpty() &&
           a.ownerId.isEmpty() && a.lastVerified.isNull();
}

Result<QString> AdvocateBatch::add(const Advocate &input)
{
    if (Status valid = AdvocateService::checkFields(input); !valid)
        return valid.error();
    const QString id = newId();
    const QString &now = m_now.now();
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
