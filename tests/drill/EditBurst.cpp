// advocatedesk-edit-burst DATABASE EMAIL: the GUI's profile edits, as fast as
// possible and forever, for scripts/crash-drill.sh to kill. Each step goes
// through the same undoable command and QUndoStack the profile window uses
// (an edit, then every third step an undo and a redo). Before a step it prints
// "about TITLE" and after it commits "done TITLE", so the drill can tell which
// titles the file may hold after a SIGKILL.
#include "profile/EditAdvocateCommand.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cstdio>

using namespace ad;

namespace {

void say(const char *what, const QString &title)
{
    std::printf("%s %s\n", what, qPrintable(title));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: advocatedesk-edit-burst DATABASE EMAIL\n");
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    SystemClock clock;
    Services services(**db, clock, QStringLiteral("edit-burst"));
    Result<std::optional<Advocate>> found = services.advocates().findByEmail(args.at(2));
    if (!found || !found->has_value()) {
        std::fprintf(stderr, "no advocate %s\n", qPrintable(args.at(2)));
        return 1;
    }
    QUndoStack stack;
    Advocate current = **found;
    bool failed = false;
    auto done = [&failed](const Status &status) {
        if (!status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
            failed = true;
        }
    };
    for (long step = 1; !failed; ++step) {
        Advocate after = current;
        after.title = QStringLiteral("Burst %1").arg(step);
        say("about", after.title);
        auto command = EditAdvocateCommand::perform(services, current, after, QStringLiteral("title"), done);
        if (!command) {
            std::fprintf(stderr, "%s\n", qPrintable(command.error().message));
            return 1;
        }
        stack.push(command->release());
        say("done", after.title);
        if (step % 3 == 0) {
            say("about", current.title);
            stack.undo();
            say("done", current.title);
            say("about", after.title);
            stack.redo();
            say("done", after.title);
        }
        current = after;
    }
    return 1;
}
