#include "RecordCommand.h"

#include <QUndoStack>

namespace ad {

Result<std::unique_ptr<RecordCommand>> RecordCommand::perform(const QString &text, const QString &doneMessage,
                                                              Step record, Step withdraw)
{
    if (Status status = record(); !status)
        return status.error();
    return std::unique_ptr<RecordCommand>(
        new RecordCommand(text, doneMessage, std::move(record), std::move(withdraw)));
}

RecordCommand::RecordCommand(const QString &text, QString doneMessage, Step record, Step withdraw)
    : QUndoCommand(text), m_doneMessage(std::move(doneMessage)), m_record(std::move(record)),
      m_withdraw(std::move(withdraw))
{
}

void RecordCommand::undo()
{
    m_lastStep = LastStep::Undone;
    m_lastStatus = m_withdraw();
    // What could not be taken back is still there: redo must not make a second.
    m_undoFailed = !m_lastStatus;
}

void RecordCommand::redo()
{
    if (!m_pushed) {
        // QUndoStack::push() calls redo(); the record was already written.
        m_pushed = true;
        return;
    }
    m_lastStep = LastStep::Redone;
    if (m_undoFailed) {
        m_undoFailed = false;
        m_lastStatus = {};
        return;
    }
    m_lastStatus = m_record();
}

Status pushRecord(QUndoStack *stack, const QString &text, const QString &doneMessage, RecordCommand::Step record,
                  RecordCommand::Step withdraw)
{
    Result<std::unique_ptr<RecordCommand>> command =
        RecordCommand::perform(text, doneMessage, std::move(record), std::move(withdraw));
    if (!command)
        return command.error();
    if (stack)
        stack->push(command->release());
    return {};
}

} // namespace ad
