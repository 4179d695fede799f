#include "NominationRules.h"

#include <QCoreApplication>

namespace ad {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ad::NominationRules", text);
}
} // namespace

bool isExitStatus(NominationStatus status)
{
    return status == NominationStatus::Declined || status == NominationStatus::NotAFit ||
           status == NominationStatus::Paused;
}

Status checkNominationMove(NominationStatus from, NominationStatus to, bool hasCurrentReferenceConsent)
{
    if (from == to)
        return makeError(ErrorKind::Refused, tr("The nomination is already in “%1”.").arg(displayName(to)));
    if (isExitStatus(to))
        return {};
    if (isExitStatus(from)) {
        if (static_cast<int>(to) > static_cast<int>(NominationStatus::Cultivating))
            return makeError(ErrorKind::Refused,
                             tr("A nomination coming back from “%1” must be cultivated again before “%2”.")
                                 .arg(displayName(from), displayName(to)));
        return {};
    }
    const int step = static_cast<int>(to) - static_cast<int>(from);
    if (step > 1) {
        if (from < NominationStatus::Cultivating && to > NominationStatus::Cultivating)
            return makeError(ErrorKind::Refused,
                             tr("“%1” cannot skip Cultivating: cultivate the relationship before any ask.")
                                 .arg(displayName(from)));
        return makeError(ErrorKind::Refused, tr("Move one stage at a time: from “%1” the next stage is “%2”.")
                                                 .arg(displayName(from),
                                                      displayName(static_cast<NominationStatus>(
                                                          static_cast<int>(from) + 1))));
    }
    if (to == NominationStatus::Enrolled && !hasCurrentReferenceConsent)
        return makeError(ErrorKind::Refused,
                         tr("Record the advocate’s reference consent before enrolling them."));
    return {};
}

} // namespace ad
