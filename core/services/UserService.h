#pragma once

#include "ServiceContext.h"
#include "domain/Enums.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace ad {

struct User
{
    QString id;
    QString name;
    UserRole role = UserRole::Csm;
};

// The team: CSMs who own accounts and advocates, programme managers, admins.
class UserService
{
public:
    explicit UserService(const ServiceContext &context) : m_context(context) {}

    Result<User> create(const QString &name, UserRole role);
    // The user with this name, created as `role` when there is none yet.
    Result<User> findOrCreate(const QString &name, UserRole role);
    // The person at the keyboard says who they are: the user with this name,
    // created when new, and given `role` when it differs (audited). On a local
    // file this is the person's own word; a team server decides roles itself.
    Result<User> claim(const QString &name, UserRole role);
    Result<std::optional<User>> findByName(const QString &name) const;
    Result<QList<User>> list() const;

private:
    const ServiceContext &m_context;
};

} // namespace ad
