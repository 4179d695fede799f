#pragma once

#include "domain/Nomination.h"
#include "services/BoardService.h"
#include "util/Result.h"

#include <QUndoCommand>

#include <functional>

namespace ad {

class Services;

// One card moved to another column, undoable. The move itself is made by
// perform() before the command is pushed (so a refused move never reaches the
// stack); undo puts the card back exactly as it was, redo moves it again.
class MoveCardCommand : public QUndoCommand
{
public:
    // Called after every undo and redo with the outcome, so the board can
    // reload and report a failure (for example a locked database).
    using Done = std::function<void(const QString &advocateId, const Status &status)>;

    // Makes the move; on success returns the command that can take it back.
    static Result<std::unique_ptr<MoveCardCommand>> perform(Services &services, BoardKind kind,
                                                            const QString &advocateId, int toColumn,
                                                            const QString &columnTitle, const QString &reason,
                                                            Done done);

    void undo() override;
    void redo() override;

private:
    MoveCardCommand(Services &services, BoardKind kind, QString advocateId, int toColumn, QString reason,
                    Done done);

    Status moveForward();

    Services &m_services;
    BoardKind m_kind;
    QString m_advocateId;
    int m_toColumn;
    QString m_reason;
    Done m_done;
    Nomination m_nominationBefore; // nomination board
    int m_stageBefore = 0;         // journey board
    bool m_firstRedo = true;
};

} // namespace ad
