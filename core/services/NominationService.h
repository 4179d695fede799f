#pragma once

#include "ServiceContext.h"
#include "domain/Nomination.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace ad {

// The nomination pipeline: Nominated → In review → Cultivating → Invited → Enrolled,
// with the exits Declined, Not a fit and Paused. Every move is audited.
class NominationService
{
public:
    explicit NominationService(const ServiceContext &context) : m_context(context) {}

    // Puts the advocate into the pipeline. An advocate already in it is refused;
    // one who left through an exit is brought back to Nominated.
    Result<Nomination> nominate(const QString &advocateId, const QString &evidence);
    // Moves a nomination if the pipeline rules allow it (see checkNominationMove).
    Status move(const QString &nominationId, NominationStatus to, const QString &reason = {});

    // Puts a nomination back exactly as it was (status and since-when), as an
    // undo does: the pipeline rules do not apply to taking a move back, and the
    // audit log records the reversal.
    Status revert(const Nomination &before, const QString &reason);
    // Whether move() would be allowed now: asked before anyone types a reason.
    Status checkMove(const QString &nominationId, NominationStatus to) const;
    // Undo of a first nomination: it goes, with an audit event, while it is
    // still Nominated (a nomination moved on since is refused: undo the move).
    Status withdraw(const QString &nominationId, const QString &reason);
    Result<Nomination> get(const QString &id) const;
    Result<std::optional<Nomination>> forAdvocate(const QString &advocateId) const;

private:
    Status writeStatus(const Nomination &nomination, NominationStatus to, const QString &reason,
                       const QString &evidence);
    const ServiceContext &m_context;
};

} // namespace ad
