#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

namespace ad {

// The request pipeline: New → Matching → Asked → Accepted → Scheduled → Completed
// → Closed, one step forward at a time. Any open request may be cancelled or may
// expire; an asked request may be declined, and a declined request may go back to
// matching to find someone else. Closed, Cancelled and Expired are final.
Status checkRequestMove(RequestStatus from, RequestStatus to);

// Still waiting for an advocate: asks may be recorded.
bool acceptsAsks(RequestStatus status);
bool isFinal(RequestStatus status);

} // namespace ad
