#include "common/ErrorMessage.h"
#include "shell/MainWindow.h"
#include "shell/Preferences.h"
#include "shell/Session.h"
#include "storage/Database.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

// --version and --help must work without a display (scripts, CI, packaging),
// so they are answered before QApplication connects to one.
bool answeredWithoutDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("advocatedesk %s\n", ADVOCATEDESK_VERSION);
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: advocatedesk [--database PATH]\n\n"
                        "Advocate Desk: run a customer advocacy programme.\n\n"
                        "Options:\n"
                        "  --database PATH   open this database file (created if missing)\n"
                        "                    default: %s\n"
                        "  --version         print the version and exit\n"
                        "  --help            print this help and exit\n",
                        qPrintable(ad::Database::defaultPath()));
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    ad::setApplicationIdentity();
    if (answeredWithoutDisplay(argc, argv))
        return 0;

    QApplication app(argc, argv);
    // The language chosen in Preferences, else the system locale's.
    ad::installTranslations(QSettings().value(ad::languageSettingKey()).toString());
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/advocatedesk.svg")));

    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Open this database file."),
                                      QStringLiteral("PATH"));
    // For start-up timing: quit once the first window has been painted.
    QCommandLineOption quitAfterPaint(QStringLiteral("quit-after-first-paint"));
    quitAfterPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({database, quitAfterPaint});
    parser.process(app);

    ad::Preferences::applyTheme(ad::Preferences::theme());
    // --database wins; otherwise the startup preference (last file, ask, default).
    const QString path = parser.isSet(database) ? parser.value(database) : ad::Preferences::startupDatabase();
    if (path.isEmpty())
        return 0; // asked which file to open, and the user cancelled
    ad::Result<std::unique_ptr<ad::Session>> session = ad::Session::open(path);
    if (!session) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Advocate Desk"),
                        ad::errorHeading(session.error()), QMessageBox::Ok);
        box.setInformativeText(session.error().message);
        // Without a screen (offscreen tests, CI) nobody could dismiss the box.
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            box.exec();
        std::fprintf(stderr, "advocatedesk: %s\n", qPrintable(session.error().message));
        return 1;
    }

    ad::MainWindow window(std::move(session).value());
    window.show();
    if (parser.isSet(quitAfterPaint))
        QTimer::singleShot(0, &app, [&window] {
            window.repaint();
            QApplication::quit();
        });
    return app.exec();
}
