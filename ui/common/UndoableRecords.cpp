#include "UndoableRecords.h"

#include "RecordCommand.h"
#include "services/Services.h"

#include <QCoreApplication>

#include <memory>

namespace ad {

namespace {

struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Undo)
};

} // namespace

Status recordUndoably(QUndoStack *stack, Services &services, RecordKind kind, const QString &text,
                      const QString &doneMessage, std::function<Result<QString>()> write)
{
    auto made = std::make_shared<QString>();
    return pushRecord(
        stack, text, doneMessage,
        [write = std::move(write), made]() -> Status {
            Result<QString> id = write();
            if (!id)
                return id.error();
            *made = *id;
            return {};
        },
        [&services, kind, made] { return services.withdrawal().withdraw(kind, *made); });
}

Status nominateUndoably(QUndoStack *stack, Services &services, const QString &advocateId, const QString &name,
                        const QString &evidence)
{
    // What undo puts back: nothing (a first nomination) or the earlier one.
    struct State
    {
        std::optional<Nomination> before;
        QString nominationId;
    };
    auto state = std::make_shared<State>();
    return pushRecord(
        stack, UndoText::tr("Nominate %1").arg(name), UndoText::tr("Nominated %1.").arg(name),
        [&services, advocateId, evidence, state]() -> Status {
            Result<std::optional<Nomination>> before = services.nominations().forAdvocate(advocateId);
            if (!before)
                return before.error();
            Result<Nomination> nomination = services.nominations().nominate(advocateId, evidence);
            if (!nomination)
                return nomination.error();
            state->before = *before;
            state->nominationId = nomination->id;
            return {};
        },
        [&services, state]() -> Status {
            if (state->before)
                return services.nominations().revert(*state->before, UndoText::tr("Undone"));
            return services.nominations().withdraw(state->nominationId, UndoText::tr("Undone"));
        });
}

} // namespace ad
