#include "Authority.h"

#include "UserService.h"

namespace ad {

Status requireProgrammeManager(const ServiceContext &context, const QString &refusal)
{
    Result<std::optional<User>> user = UserService(context).findByName(context.actor);
    if (!user)
        return user.error();
    if (!user->has_value() || (*user)->role == UserRole::Csm)
        return makeError(ErrorKind::Refused, refusal, QStringLiteral("actor"));
    return {};
}

} // namespace ad
