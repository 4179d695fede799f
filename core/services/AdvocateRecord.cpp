#include "AdvocateRecord.h"

#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad::advocateRecord {

const QString kColumns = QStringLiteral(
    "id, account_id, name, title, email, phone, profile_url, language, time_zone, journey_stage, tier, "
    "signal_satisfaction, signal_outcomes, signal_relationship, signal_communication, signal_company_fit, "
    "signal_willingness, do_not_ask_until, nudge_fatigue, success_story, value_outcomes, owner_id, "
    "last_verified, "
    "created_at, updated_at");

QVariantList fieldValues(const Advocate &a)
{
    QVariantList values{a.accountId,  a.name.trimmed(), a.title.trimmed(), a.email.trimmed(), a.phone,
                        a.profileUrl, a.language,       a.timeZone,        a.journeyStage,    keyOf(a.tier)};
    for (int value : a.signalValues.values)
        values << value;
    values << time::toStorage(a.doNotAskUntil) << (a.nudgeFatigue ? 1 : 0) << a.successStory
           << a.valueOutcomes << nullIfEmpty(a.ownerId) << time::toStorage(a.lastVerified);
    return values;
}

Advocate fromQuery(const SqlQuery &q)
{
    Advocate a;
    a.id = q.value(0).toString();
    a.accountId = q.value(1).toString();
    a.name = q.value(2).toString();
    a.title = q.value(3).toString();
    a.email = q.value(4).toString();
    a.phone = q.value(5).toString();
    a.profileUrl = q.value(6).toString();
    a.language = q.value(7).toString();
    a.timeZone = q.value(8).toString();
    a.journeyStage = q.value(9).toInt();
    a.tier = parseTier(q.value(10).toString()).value_or(Tier::Community);
    for (int i = 0; i < kSignalCount; ++i)
        a.signalValues.values[i] = q.value(11 + i).toInt();
    a.doNotAskUntil = time::dateFromStorage(q.value(17));
    a.nudgeFatigue = q.value(18).toBool();
    a.successStory = q.value(19).toString();
    a.valueOutcomes = q.value(20).toString();
    a.ownerId = q.value(21).toString();
    a.lastVerified = time::dateFromStorage(q.value(22));
    a.createdAt = time::instantFromStorage(q.value(23));
    a.updatedAt = time::instantFromStorage(q.value(24));
    return a;
}

} // namespace ad::advocateRecord
