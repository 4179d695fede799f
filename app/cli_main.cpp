#include "CliApp.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only the drawing commands (PDF output) pay for a GUI application object;
    // they never show a window, so the offscreen platform serves them anywhere,
    // with or without a display.
    std::unique_ptr<QCoreApplication> app;
    // A drawing platform asks for the runtime folder; where a session has none
    // (cron, ssh, containers) Qt would print a warning among the command's
    // output. A private one, removed on exit, answers it.
    std::optional<QTemporaryDir> runtime;
    if (ad::cliCommandDraws(argumentsOf(argc, argv))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtime.emplace();
            if (runtime->isValid()) {
                QFile::setPermissions(runtime->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                           | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
            }
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    ad::setApplicationIdentity();
    // Scripts get the system locale's language (LANG / LC_ALL / LC_MESSAGES).
    ad::installTranslations();
    return ad::runCli(QCoreApplication::arguments());
}
