#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

namespace ad {

bool isExitStatus(NominationStatus status);

// May a nomination move from `from` to `to`? Forward moves go one stage at a time
// (cultivation comes before any invitation); backward moves and exits are free; a
// nomination leaving an exit re-enters no further than Cultivating; Enrolled needs
// a current reference consent.
Status checkNominationMove(NominationStatus from, NominationStatus to, bool hasCurrentReferenceConsent);

} // namespace ad
