#include "EditAdvocateCommand.h"

#include "services/Services.h"

#include <QCoreApplication>

namespace ad {

EditAdvocateCommand::EditAdvocateCommand(Services &services, Advocate before, Advocate after, Done done)
    : m_services(services), m_before(std::move(before)), m_after(std::move(after)), m_done(std::move(done))
{
}

Result<std::unique_ptr<EditAdvocateCommand>> EditAdvocateCommand::perform(Services &services,
                                                                          const Advocate &before,
                                                                          const Advocate &after,
                                                                          const QString &what, Done done)
{
    if (Status status = services.advocates().update(after); !status)
        return status.error();
    std::unique_ptr<EditAdvocateCommand> command(
        new EditAdvocateCommand(services, before, after, std::move(done)));
    command->setText(
        QCoreApplication::translate("ad::EditAdvocateCommand", "Edit %1 of %2").arg(what, after.name));
    return command;
}

void EditAdvocateCommand::redo()
{
    if (m_firstRedo) { // perform() already saved it
        m_firstRedo = false;
        return;
    }
    const Status status = m_services.advocates().update(m_after);
    if (m_done)
        m_done(status);
}

void EditAdvocateCommand::undo()
{
    const Status status = m_services.advocates().update(
        m_before, QCoreApplication::translate("ad::EditAdvocateCommand", "Undo"));
    if (m_done)
        m_done(status);
}

} // namespace ad
