#pragma once

#include "board/BoardSource.h"
#include "domain/Request.h"

#include <QUndoCommand>

namespace ad {

class Services;

// One request moved along its pipeline, undoable. perform() makes the move
// through RequestService (so a refused move never reaches the stack); undo
// puts the request back exactly as it was with RequestService::revert, redo
// moves it again through the lifecycle rules.
class MoveRequestCommand : public QUndoCommand
{
public:
    static Result<std::unique_ptr<MoveRequestCommand>> perform(Services &services, const QString &requestId,
                                                               RequestStatus to, const QString &reason,
                                                               BoardSource::Done done);

    void undo() override;
    void redo() override;

private:
    MoveRequestCommand(Services &services, Request before, RequestStatus to, QString reason,
                       BoardSource::Done done);

    Services &m_services;
    Request m_before;
    RequestStatus m_to;
    QString m_reason;
    BoardSource::Done m_done;
    bool m_firstRedo = true;
};

} // namespace ad
