#pragma once

#include "util/Result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

class QUndoStack;

namespace ad {

// Something recorded with one action (a thank-you, an ask, an answer, a note,
// a nomination, a new request) made undoable. `record` writes, again on redo,
// and remembers in its own captures what it made; `withdraw` takes that back
// through the core service that knows how. The first write happens before the
// command exists, so a refused action never reaches the stack.
class RecordCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;

    enum class LastStep
    {
        Done,
        Undone,
        Redone
    };

    // `text` names the action in Edit → Undo ("Thank Ana Lim"); `doneMessage`
    // is what the status bar says once it is done ("Thanked Ana Lim.").
    static Result<std::unique_ptr<RecordCommand>> perform(const QString &text, const QString &doneMessage,
                                                          Step record, Step withdraw);

    void undo() override;
    void redo() override;

    QString doneMessage() const { return m_doneMessage; }
    LastStep lastStep() const { return m_lastStep; }
    // The outcome of the last undo or redo (another program may have removed
    // what was recorded, or the advocate answered an ask since).
    const Status &lastStatus() const { return m_lastStatus; }

private:
    RecordCommand(const QString &text, QString doneMessage, Step record, Step withdraw);

    QString m_doneMessage;
    Step m_record;
    Step m_withdraw;
    LastStep m_lastStep = LastStep::Done;
    Status m_lastStatus;
    bool m_undoFailed = false;
    bool m_pushed = false;
};

// Performs the action and, when it succeeded, pushes it on `stack` (when
// there is one). Returns the refusal of the first write.
Status pushRecord(QUndoStack *stack, const QString &text, const QString &doneMessage, RecordCommand::Step record,
                  RecordCommand::Step withdraw);

} // namespace ad
