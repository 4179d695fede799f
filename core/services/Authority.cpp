#include "Authority.h"

#include "UserService.h"

namespace ad {

Result<bool> actsAsProgrammeManager(const ServiceContext &context)
{
    Result<std::optional<User>> user = UserService(context).findByName(context.actor);
    if (!user)
        return user.error();
    return user->has_value() && (*user)->role != UserRole::Csm;
}

Status requireProgrammeManager(const ServiceContext &context, const QString &refusal)
{
    Result<bool> manager = actsAsProgrammeManager(context);
    if (!manager)
        return manager.error();
    if (!*manager)
        return makeError(ErrorKind::Refused, refusal, QStringLiteral("actor"));
    return {};
}

} // namespace ad
