#include "MoveCardCommand.h"

#include "services/Services.h"

#include <QCoreApplication>

namespace ad {

namespace {
// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct MoveCardCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ad::MoveCardCommand)
};
} // namespace

MoveCardCommand::MoveCardCommand(Services &services, BoardKind kind, QString advocateId, int toColumn,
                                 QString reason, Done done)
    : m_services(services), m_kind(kind), m_advocateId(std::move(advocateId)), m_toColumn(toColumn),
      m_reason(std::move(reason)), m_done(std::move(done))
{
}

Result<std::unique_ptr<MoveCardCommand>> MoveCardCommand::perform(Services &services, BoardKind kind,
                                                                  const QString &advocateId, int toColumn,
                                                                  const QString &columnTitle,
                                                                  const QString &reason, Done done)
{
    std::unique_ptr<MoveCardCommand> command(
        new MoveCardCommand(services, kind, advocateId, toColumn, reason, std::move(done)));
    Result<Advocate> advocate = services.advocates().get(advocateId);
    if (!advocate)
        return advocate.error();
    if (kind == BoardKind::Nomination) {
        Result<std::optional<Nomination>> nomination = services.nominations().forAdvocate(advocateId);
        if (!nomination)
            return nomination.error();
        if (!nomination->has_value())
            return makeError(ErrorKind::NotFound, MoveCardCommandText::tr("%1 has not been nominated.").arg(advocate->name));
        command->m_nominationBefore = **nomination;
    } else {
        command->m_stageBefore = advocate->journeyStage;
    }
    if (Status status = command->moveForward(); !status)
        return status.error();
    command->setText(MoveCardCommandText::tr("Move %1 to %2").arg(advocate->name, columnTitle));
    return command;
}

Status MoveCardCommand::moveForward()
{
    if (m_kind == BoardKind::Nomination)
        return m_services.nominations().move(m_nominationBefore.id, static_cast<NominationStatus>(m_toColumn),
                                             m_reason);
    return m_services.advocates().setJourneyStage(m_advocateId, m_toColumn + kFirstJourneyStage, m_reason);
}

void MoveCardCommand::redo()
{
    if (m_firstRedo) { // perform() already made the move
        m_firstRedo = false;
        return;
    }
    const Status status = moveForward();
    if (m_done)
        m_done(m_advocateId, status);
}

void MoveCardCommand::undo()
{
    const QString why = MoveCardCommandText::tr("Undo: %1").arg(text());
    const Status status = m_kind == BoardKind::Nomination
                              ? m_services.nominations().revert(m_nominationBefore, why)
                              : m_services.advocates().setJourneyStage(m_advocateId, m_stageBefore, why);
    if (m_done)
        m_done(m_advocateId, status);
}

} // namespace ad
