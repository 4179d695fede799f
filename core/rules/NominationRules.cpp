#include "NominationRules.h"

#include <QCoreApplication>

namespace ad {

namespace {
// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct NominationRulesText
{
    Q_DECLARE_TR_FUNCTIONS(ad::NominationRules)
};
} // namespace

bool isExitStatus(NominationStatus status)
{
    return status == NominationStatus::Declined || status == NominationStatus::NotAFit ||
           status == NominationStatus::Paused;
}

Status checkNominationMove(NominationStatus from, NominationStatus to, bool hasCurrentReferenceConsent)
{
    if (from == to)
        return makeError(ErrorKind::Refused, NominationRulesText::tr("The nomination is already in “%1”.").arg(displayName(to)));
    if (isExitStatus(to))
        return {};
    if (isExitStatus(from)) {
        if (static_cast<int>(to) > static_cast<int>(NominationStatus::Cultivating))
            return makeError(ErrorKind::Refused,
                             NominationRulesText::tr("A nomination coming back from “%1” must be cultivated again before “%2”.")
                                 .arg(displayName(from), displayName(to)));
        return {};
    }
    const int step = static_cast<int>(to) - static_cast<int>(from);
    if (step > 1) {
        if (from < NominationStatus::Cultivating && to > NominationStatus::Cultivating)
            return makeError(ErrorKind::Refused,
                             NominationRulesText::tr("“%1” cannot skip Cultivating: cultivate the relationship before any ask.")
                                 .arg(displayName(from)));
        return makeError(ErrorKind::Refused, NominationRulesText::tr("Move one stage at a time: from “%1” the next stage is “%2”.")
                                                 .arg(displayName(from),
                                                      displayName(static_cast<NominationStatus>(
                                                          static_cast<int>(from) + 1))));
    }
    if (to == NominationStatus::Enrolled && !hasCurrentReferenceConsent)
        return makeError(ErrorKind::Refused,
                         NominationRulesText::tr("Record the advocate’s reference consent before enrolling them."));
    return {};
}

} // namespace ad
