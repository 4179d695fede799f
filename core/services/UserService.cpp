#include "UserService.h"

#include "AuditLog.h"
#include "Validation.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {
User userFrom(const SqlQuery &query)
{
    return User{query.value(0).toString(), query.value(1).toString(),
                parseUserRole(query.value(2).toString()).value_or(UserRole::Csm)};
}
} // namespace

Result<User> UserService::create(const QString &name, UserRole role)
{
    const QString trimmed = name.trimmed();
    if (Status valid = validate::required(trimmed, QStringLiteral("name"),
                                          QCoreApplication::translate("ad::Validation", "A user name"));
        !valid)
        return valid.error();
    Result<std::optional<User>> existing = findByName(trimmed);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(
            ErrorKind::Duplicate,
            QCoreApplication::translate("ad::Validation", "There is already a user named “%1”.").arg(trimmed),
            QStringLiteral("name"));
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    const User user{newId(), trimmed, role};
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO users (id, name, role, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, ?)"));
    insert.bind(user.id).bind(user.name).bind(keyOf(role)).bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return user;
}

Result<User> UserService::findOrCreate(const QString &name, UserRole role)
{
    Result<std::optional<User>> existing = findByName(name.trimmed());
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return **existing;
    return create(name, role);
}

Result<User> UserService::claim(const QString &name, UserRole role)
{
    Result<std::optional<User>> existing = findByName(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return create(name, role);
    User user = **existing;
    if (user.role == role)
        return user;
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery update(m_context.db, QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE id = ?"));
    update.bind(keyOf(role)).bind(time::toStorage(m_context.clock.now())).bind(user.id);
    if (Status status = update.exec(); !status)
        return status.error();
    if (Status status = AuditLog(m_context).record(QStringLiteral("user"), user.id, QString(),
                                                   QStringLiteral("role"), keyOf(user.role), keyOf(role));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    user.role = role;
    return user;
}

Result<std::optional<User>> UserService::findByName(const QString &name) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT id, name, role FROM users WHERE name = ?"));
    query.bind(name.trimmed());
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<User>();
    return std::optional<User>(userFrom(query));
}

Result<QList<User>> UserService::list() const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT id, name, role FROM users ORDER BY name"));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<User> users;
    while (query.next())
        users << userFrom(query);
    return users;
}

} // namespace ad
