#include "ActivityPreferenceService.h"

#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

Status ActivityPreferenceService::set(const QString &advocateId, const QString &activityTypeId, bool openTo)
{
    for (const auto &[table, id] : {qMakePair(QStringLiteral("advocates"), advocateId),
                                    qMakePair(QStringLiteral("activity_types"), activityTypeId)}) {
        Result<bool> exists = rowExists(m_context.db, table, id);
        if (!exists)
            return exists.error();
        if (!*exists)
            return makeError(
                ErrorKind::NotFound,
                table == QLatin1String("advocates")
                    ? QCoreApplication::translate("ad::Validation", "The advocate does not exist.")
                    : QCoreApplication::translate("ad::Validation", "The activity type does not exist."));
    }
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery upsert(
        m_context.db,
        QStringLiteral("INSERT INTO activity_preferences (id, advocate_id, activity_type_id, open_to, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (advocate_id, activity_type_id) DO UPDATE SET "
                       "open_to = excluded.open_to, updated_at = excluded.updated_at"));
    upsert.bind(newId()).bind(advocateId).bind(activityTypeId).bind(openTo ? 1 : 0).bind(now).bind(now);
    if (Status status = upsert.exec(); !status)
        return status;
    return transaction.commit();
}

Status ActivityPreferenceService::clear(const QString &advocateId, const QString &activityTypeId)
{
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery remove(m_context.db, QStringLiteral("DELETE FROM activity_preferences"
                                                 " WHERE advocate_id = ? AND activity_type_id = ?"));
    remove.bind(advocateId).bind(activityTypeId);
    if (Status status = remove.exec(); !status)
        return status;
    return transaction.commit();
}

Status ActivityPreferenceService::apply(const QString &advocateId, const QString &activityTypeId,
                                        std::optional<bool> openTo)
{
    return openTo ? set(advocateId, activityTypeId, *openTo) : clear(advocateId, activityTypeId);
}

Result<QHash<QString, bool>> ActivityPreferenceService::forAdvocate(const QString &advocateId) const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT activity_type_id, open_to FROM activity_preferences WHERE advocate_id = ?"));
    query.bind(advocateId);
    if (Status status = query.exec(); !status)
        return status.error();
    QHash<QString, bool> preferences;
    while (query.next())
        preferences.insert(query.value(0).toString(), query.value(1).toInt() != 0);
    return preferences;
}

} // namespace ad
