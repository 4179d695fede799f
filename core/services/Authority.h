#pragma once

#include "ServiceContext.h"
#include "util/Result.h"

namespace ad {

// Refused unless the acting user is a programme manager or an admin: tier
// decisions and overriding ask protection are theirs, not a CSM's. `refusal`
// is the user-readable message when refused.
Status requireProgrammeManager(const ServiceContext &context, const QString &refusal);
// Whether the acting user may take a programme manager's decisions, so that a
// screen can say so before anyone types a reason.
Result<bool> actsAsProgrammeManager(const ServiceContext &context);

} // namespace ad
