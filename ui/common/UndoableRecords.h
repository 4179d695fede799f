#pragma once

#include "services/Withdrawal.h"
#include "util/Result.h"

#include <QString>

#include <functional>

class QUndoStack;

namespace ad {

class Services;

// Records something with `write` (which returns the id of what it made) and
// pushes it on `stack`, so that Edit → Undo withdraws that row and Redo writes
// it again. `text` names the action in the Edit menu; `doneMessage` is what
// the status bar says. Returns the refusal of the first write.
Status recordUndoably(QUndoStack *stack, Services &services, RecordKind kind, const QString &text,
                      const QString &doneMessage, std::function<Result<QString>()> write);

// The id of what a write made, or its refusal: the `write` of recordUndoably().
template <typename T> Result<QString> idOf(const Result<T> &made)
{
    if (!made)
        return made.error();
    return made->id;
}

// Nominates an advocate already on file (a first nomination, or one that
// reopens an earlier that had left the pipeline), undoably.
Status nominateUndoably(QUndoStack *stack, Services &services, const QString &advocateId, const QString &name,
                        const QString &evidence);

} // namespace ad
