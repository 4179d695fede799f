#pragma once

#include "domain/Advocate.h"
#include "util/Result.h"

#include <QUndoCommand>

#include <functional>

namespace ad {

class Services;

// An edit of an advocate's profile, saved at once and undoable: it holds the
// whole record before and after, so undo puts back exactly what was there.
class EditAdvocateCommand : public QUndoCommand
{
public:
    using Done = std::function<void(const Status &status)>;

    // Saves `after`; on success returns the command that can take it back.
    static Result<std::unique_ptr<EditAdvocateCommand>> perform(Services &services, const Advocate &before,
                                                                const Advocate &after, const QString &what,
                                                                Done done);

    void undo() override;
    void redo() override;

private:
    EditAdvocateCommand(Services &services, Advocate before, Advocate after, Done done);

    Services &m_services;
    Advocate m_before;
    Advocate m_after;
    Done m_done;
    bool m_firstRedo = true;
};

} // namespace ad
