#include "CliApp.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

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
    if (ad::cliCommandDraws(argumentsOf(argc, argv))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    ad::setApplicationIdentity();
    // Scripts get the system locale's language (LANG / LC_ALL / LC_MESSAGES).
    ad::installTranslations();
    return ad::runCli(QCoreApplication::arguments());
}
