#include "RequestRules.h"

#include <QCoreApplication>

namespace ad {

bool isFinal(RequestStatus status)
{
    return status == RequestStatus::Closed || status == RequestStatus::Cancelled ||
           status == RequestStatus::Expired;
}

bool acceptsAsks(RequestStatus status)
{
    return status == RequestStatus::New || status == RequestStatus::Matching ||
           status == RequestStatus::Asked || status == RequestStatus::Declined;
}

Status checkRequestMove(RequestStatus from, RequestStatus to)
{
    using S = RequestStatus;
    auto refuse = [&](const char *text) {
        return makeError(
            ErrorKind::Refused,
            QCoreApplication::translate("ad::Rules", text).arg(displayName(from), displayName(to)),
            QStringLiteral("status"));
    };
    if (from == to)
        return refuse(QT_TRANSLATE_NOOP("ad::Rules", "The request is already %1; it cannot move to %2."));
    if (isFinal(from))
        return refuse(QT_TRANSLATE_NOOP("ad::Rules", "The request is %1, which is final; it cannot move to %2."));
    if (to == S::Cancelled || to == S::Expired)
        return {};
    if (to == S::Declined)
        return from == S::Asked ? Status()
                                : refuse(QT_TRANSLATE_NOOP("ad::Rules", "Only an asked request can be declined (it is %1, not %2)."));
    if (from == S::Declined)
        return to == S::Matching
                   ? Status()
                   : refuse(QT_TRANSLATE_NOOP("ad::Rules", "A declined request goes back to matching first (it is %1, not %2)."));
    static const S order[] = {S::New,       S::Matching,  S::Asked, S::Accepted,
                              S::Scheduled, S::Completed, S::Closed};
    int fromIndex = -1;
    int toIndex = -1;
    for (int i = 0; i < int(std::size(order)); ++i) {
        if (order[i] == from)
            fromIndex = i;
        if (order[i] == to)
            toIndex = i;
    }
    if (toIndex != fromIndex + 1)
        return refuse(QT_TRANSLATE_NOOP("ad::Rules", "A request moves one step at a time: from %1 it cannot go to %2."));
    return {};
}

} // namespace ad
