#include "ActivityTypeService.h"

#include "Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Validation)
};

const QString kSelect =
    QStringLiteral("SELECT id, name, barrier, points, effort_hours, counts_toward_cap FROM activity_types ");

ActivityType typeFrom(const SqlQuery &q)
{
    return ActivityType{q.value(0).toString(), q.value(1).toString(),
                        parseBarrier(q.value(2).toString()).value_or(Barrier::Low), q.value(3).toInt(),
                        q.value(4).toDouble(), q.value(5).toBool()};
}

} // namespace

Result<QList<ActivityType>> ActivityTypeService::list() const
{
    SqlQuery query(m_context.db, kSelect + QStringLiteral("ORDER BY ")
                                     + m_context.db.dialect().caseFolded(QStringLiteral("name")));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ActivityType> types;
    while (query.next())
        types << typeFrom(query);
    return types;
}

Result<ActivityType> ActivityTypeService::get(const QString &id) const
{
    SqlQuery query(m_context.db, kSelect + QStringLiteral("WHERE id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, ValidationText::tr("Unknown activity type."), QStringLiteral("activity_type"));
    return typeFrom(query);
}

Result<std::optional<ActivityType>> ActivityTypeService::find(const QString &nameOrId) const
{
    SqlQuery query(m_context.db, kSelect + QStringLiteral("WHERE id = ? OR %1 LIMIT 1")
                                                   .arg(m_context.db.dialect().caseFoldedEquals(QStringLiteral("name"))));
    query.bind(nameOrId.trimmed()).bind(nameOrId.trimmed());
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<ActivityType>();
    return std::optional<ActivityType>(typeFrom(query));
}

Status ActivityTypeService::validateInput(const ActivityType &type) const
{
    if (Status status = validate::required(type.name, QStringLiteral("name"), ValidationText::tr("An activity name")); !status)
        return status;
    if (type.points < 0)
        return makeError(ErrorKind::Invalid, ValidationText::tr("Points cannot be negative."), QStringLiteral("points"));
    if (type.effortHours < 0)
        return makeError(ErrorKind::Invalid, ValidationText::tr("Effort cannot be negative."), QStringLiteral("effort_hours"));
    SqlQuery duplicate(m_context.db,
                       QStringLiteral("SELECT 1 FROM activity_types WHERE %1 AND id <> ?")
                           .arg(m_context.db.dialect().caseFoldedEquals(QStringLiteral("name"))));
    duplicate.bind(type.name.trimmed()).bind(type.id);
    Result<QVariant> found = scalar(duplicate);
    if (!found)
        return found.error();
    if (!found->isNull())
        return makeError(ErrorKind::Duplicate, ValidationText::tr("There is already an activity named “%1”.").arg(type.name.trimmed()),
                         QStringLiteral("name"));
    return {};
}

Result<ActivityType> ActivityTypeService::create(const ActivityType &input)
{
    if (Status valid = validateInput(input); !valid)
        return valid.error();
    ActivityType type = input;
    type.id = newId();
    type.name = input.name.trimmed();
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO activity_types (id, name, barrier, points, effort_hours, "
                                                 "counts_toward_cap, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(type.id).bind(type.name).bind(keyOf(type.barrier)).bind(type.points).bind(type.effortHours);
    insert.bind(type.countsTowardCap ? 1 : 0).bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return type;
}

Status ActivityTypeService::update(const ActivityType &type)
{
    if (Status valid = validateInput(type); !valid)
        return valid;
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery update(m_context.db, QStringLiteral("UPDATE activity_types SET name = ?, barrier = ?, points = ?, "
                                                 "effort_hours = ?, counts_toward_cap = ?, updated_at = ? WHERE id = ?"));
    update.bind(type.name.trimmed()).bind(keyOf(type.barrier)).bind(type.points).bind(type.effortHours);
    update.bind(type.countsTowardCap ? 1 : 0).bind(time::toStorage(m_context.clock.now())).bind(type.id);
    if (Status status = update.exec(); !status)
        return status;
    if (update.rowsAffected() == 0)
        return makeError(ErrorKind::NotFound, ValidationText::tr("Unknown activity type."), QStringLiteral("activity_type"));
    return transaction.commit();
}

} // namespace ad
