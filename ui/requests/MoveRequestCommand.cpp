#include "MoveRequestCommand.h"

#include "services/Services.h"

#include <QCoreApplication>

namespace ad {

namespace {
// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct MoveRequestCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ad::MoveRequestCommand)
};

QString titleOf(const Request &request)
{
    return request.opportunity.isEmpty() ? request.prospectCompany : request.opportunity;
}
} // namespace

MoveRequestCommand::MoveRequestCommand(Services &services, Request before, RequestStatus to, QString reason,
                                       BoardSource::Done done)
    : m_services(services), m_before(std::move(before)), m_to(to), m_reason(std::move(reason)),
      m_done(std::move(done))
{
    setText(MoveRequestCommandText::tr("Move request %1 to %2").arg(titleOf(m_before), displayName(m_to)));
}

Result<std::unique_ptr<MoveRequestCommand>> MoveRequestCommand::perform(Services &services,
                                                                        const QString &requestId,
                                                                        RequestStatus to, const QString &reason,
                                                                        BoardSource::Done done)
{
    Result<Request> before = services.requests().get(requestId);
    if (!before)
        return before.error();
    if (Status moved = services.requests().move(requestId, to, reason); !moved)
        return moved.error();
    return std::unique_ptr<MoveRequestCommand>(
        new MoveRequestCommand(services, std::move(before).value(), to, reason, std::move(done)));
}

void MoveRequestCommand::redo()
{
    if (m_firstRedo) { // perform() already made the move
        m_firstRedo = false;
        return;
    }
    const Status status = m_services.requests().move(m_before.id, m_to, m_reason);
    if (m_done)
        m_done(m_before.id, status);
}

void MoveRequestCommand::undo()
{
    const Status status = m_services.requests().revert(m_before, MoveRequestCommandText::tr("Undo: %1").arg(text()));
    if (m_done)
        m_done(m_before.id, status);
}

} // namespace ad
