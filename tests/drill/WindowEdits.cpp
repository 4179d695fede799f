// advocatedesk-window-edits DATABASE EMAIL: the real main window on DATABASE
// (offscreen), every page shown once so that each of its background
// connections is open, taking orders on standard input for
// scripts/crash-drill.sh while CLI processes come and go on the same file:
//   edit  an undoable edit of EMAIL's title on the window's undo stack (every
//         third one also undone and redone), then the pages reload (their
//         threads and workers read again); answers "done TITLE" once committed
//   quit  closes the window and exits 0
// It says "ready" when the pages are up, and "error MESSAGE" (exit 1) when an
// edit is refused.
#include "profile/EditAdvocateCommand.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "util/AppIdentity.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <iostream>
#include <string>

using namespace ad;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// One edit step as the profile window makes it; the title it leaves on disk.
Result<QString> editStep(MainWindow &window, const QString &email, long step)
{
    Services &services = window.session().services();
    Result<std::optional<Advocate>> found = services.advocates().findByEmail(email);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorKind::NotFound, QStringLiteral("no advocate %1").arg(email));
    Advocate after = **found;
    after.title = QStringLiteral("Window %1").arg(step);
    Status replayed;
    auto command = EditAdvocateCommand::perform(services, **found, after, QStringLiteral("title"),
                                                [&replayed](const Status &status) {
                                                    if (!status)
                                                        replayed = status;
                                                });
    if (!command)
        return command.error();
    window.undoStack()->push(command->release());
    if (step % 3 == 0) {
        window.undoStack()->undo();
        window.undoStack()->redo();
    }
    if (!replayed)
        return replayed.error();
    return after.title;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    setApplicationIdentity(); // its settings go where the app's go (the drill's own folder)
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: advocatedesk-window-edits DATABASE EMAIL\n");
        return 2;
    }
    Result<std::unique_ptr<Session>> session = Session::open(args.at(1));
    if (!session) {
        say(QStringLiteral("error %1").arg(session.error().message));
        return 1;
    }
    MainWindow window(std::move(session).value());
    window.show();
    for (MainWindow::Page page :
         {MainWindow::Page::Pipeline, MainWindow::Page::Advocates, MainWindow::Page::Requests,
          MainWindow::Page::Dashboard, MainWindow::Page::TierReview, MainWindow::Page::Feedback,
          MainWindow::Page::MyDay}) {
        window.showPage(page);
        QApplication::processEvents();
    }
    say(QStringLiteral("ready"));

    const QString email = args.at(2);
    long step = 0;
    int exitCode = 0;
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        std::string line;
        if (!std::getline(std::cin, line) || line == "quit") {
            input.setEnabled(false);
            window.close();
            QApplication::quit();
            return;
        }
        if (line != "edit")
            return;
        Result<QString> title = editStep(window, email, ++step);
        if (!title) {
            say(QStringLiteral("error %1").arg(title.error().message));
            exitCode = 1;
            QApplication::quit();
            return;
        }
        window.reloadPages(); // the threads and workers read again, opening what they open
        say(QStringLiteral("done %1").arg(*title));
    });
    const int status = app.exec();
    return exitCode != 0 ? exitCode : status;
}
