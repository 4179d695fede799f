// advocatedesk-tour: shows every page, the profile, the account window and every
// dialog of the real window on a programme, and saves each as a PNG with a
// manifest line, for scripts/tour.sh to gather into one page. One language and
// theme per run (translators are installed once, as the app does).
#include "TourCamera.h"
#include "account/AccountWindow.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "board/PipelinePage.h"
#include "common/EmptyState.h"
#include "dashboard/DashboardPage.h"
#include "dialogs/EngagementDialogs.h"
#include "dialogs/NominateDialog.h"
#include "feedback/FeedbackDialog.h"
#include "io/CaseStudyExportDialog.h"
#include "io/ImportSourcePage.h"
#include "io/ImportWizard.h"
#include "io/PersonalDataActions.h"
#include "io/SyncReportDialog.h"
#include "myday/MyDayPage.h"
#include "profile/ProfileWindow.h"
#include "programme/ProgrammeSettings.h"
#include "programme/TierReviewPage.h"
#include "requests/MatchDialog.h"
#include "requests/RequestDialogs.h"
#include "requests/RequestsPage.h"
#include "services/Services.h"
#include "shell/MainWindow.h"
#include "shell/Preferences.h"
#include "shell/PreferencesDialog.h"
#include "shell/Session.h"
#include "shell/ShortcutsDialog.h"
#include "util/AppIdentity.h"
#include "util/LocalIdentity.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace ad;

namespace {

using Page = MainWindow::Page;

// The pages of the sidebar, each with what shows it is done loading.
void tourPages(MainWindow &window, TourCamera &camera, const QString &prefix)
{
    // A page of an empty file shows its empty state; the page behind it reads nothing.
    const auto emptyShown = [&window] {
        const QList<EmptyState *> states = window.findChildren<EmptyState *>();
        return std::any_of(states.begin(), states.end(),
                           [](const EmptyState *state) { return state->isVisible(); });
    };
    window.showPage(Page::MyDay);
    settle([&] { return !window.myDayPage()->isLoading(); });
    camera.shoot(&window, prefix + QStringLiteral("my-day"), QStringLiteral("My Day"));
    window.showPage(Page::Pipeline);
    BoardModel *nominations = window.pipelinePage()->nominationBoard()->model();
    settle([&] { return emptyShown() || (nominations->hasLoaded() && !nominations->isLoading()); });
    camera.shoot(&window, prefix + QStringLiteral("pipeline"), QStringLiteral("Pipeline: nominations"));
    window.pipelinePage()->tabs()->setCurrentIndex(1);
    BoardModel *journey = window.pipelinePage()->journeyBoard()->model();
    settle([&] { return emptyShown() || (journey->hasLoaded() && !journey->isLoading()); });
    camera.shoot(&window, prefix + QStringLiteral("journey"), QStringLiteral("Pipeline: journey"));
    window.pipelinePage()->tabs()->setCurrentIndex(0);
    window.showPage(Page::Advocates);
    settle({});
    camera.shoot(&window, prefix + QStringLiteral("advocates"), QStringLiteral("Advocates"));
    window.showPage(Page::Requests);
    window.requestsPage()->showBoard(true);
    settle({});
    camera.shoot(&window, prefix + QStringLiteral("requests-board"), QStringLiteral("Requests: board"));
    window.requestsPage()->showBoard(false);
    settle({});
    camera.shoot(&window, prefix + QStringLiteral("requests-table"), QStringLiteral("Requests: table"));
    window.showPage(Page::Dashboard);
    settle([&] { return emptyShown() || window.dashboardPage()->shown().has_value(); });
    camera.shoot(&window, prefix + QStringLiteral("dashboard"), QStringLiteral("Dashboard"));
    window.showPage(Page::TierReview);
    auto *tiers = window.findChild<TierReviewPage *>();
    settle([&] { return emptyShown() || (tiers && !tiers->isRecomputing()); });
    camera.shoot(&window, prefix + QStringLiteral("tier-review"), QStringLiteral("Tier Review"));
    window.showPage(Page::Feedback);
    settle({});
    camera.shoot(&window, prefix + QStringLiteral("feedback"), QStringLiteral("Voice of the customer"));
}

// Each tab of `window`'s first tab widget, as a person clicks through them.
void tourTabs(QWidget *window, TourCamera &camera, const QString &name, const QString &title)
{
    auto *tabs = window->findChild<QTabWidget *>();
    if (!tabs) {
        camera.shoot(window, name, title);
        return;
    }
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        settle({});
        camera.shoot(window, QStringLiteral("%1-%2").arg(name).arg(i + 1),
                     QStringLiteral("%1: %2").arg(title, tabs->tabText(i).remove(QLatin1Char('&'))));
    }
}

void tourWindows(MainWindow &window, TourCamera &camera, const QString &folder)
{
    Services &services = window.session().services();
    DirectoryQuery ready;
    ready.sortKey = DirectoryQuery::SortKey::Readiness;
    ready.descending = true;
    const auto people = services.directory().page(ready, 0, 1);
    if (!people || people->isEmpty())
        return;
    const AdvocateRow someone = people->first();
    if (ProfileWindow *profile = window.openProfile(someone.id)) {
        settle({});
        tourTabs(profile, camera, QStringLiteral("profile"), QStringLiteral("Profile"));
        profile->close();
    }
    if (AccountWindow *account = window.openAccount(someone.accountId)) {
        settle({});
        tourTabs(account, camera, QStringLiteral("account"), QStringLiteral("Account"));
        account->close();
    }
    const auto requests = services.requests().list();
    const QString request = requests && !requests->isEmpty() ? requests->first().id : QString();
    if (!request.isEmpty()) {
        MatchDialog match(services, request, &window);
        match.show();
        settle([&] { return !match.isLoading(); });
        camera.shoot(&match, QStringLiteral("match"), QStringLiteral("Match"));
    }

    std::vector<std::tuple<QString, QString, std::unique_ptr<QWidget>>> dialogs;
    const auto add = [&dialogs](const char *name, const char *title, QWidget *dialog) {
        dialogs.emplace_back(QString::fromLatin1(name), QString::fromLatin1(title),
                             std::unique_ptr<QWidget>(dialog));
    };
    add("nominate", "Nominate", new NominateDialog(services, &window));
    add("new-request", "New request", new NewRequestDialog(services, &window));
    if (!request.isEmpty())
        add("answer", "Record answer", new AnswerDialog(services, request, &window));
    add("contribution", "Log contribution", new ContributionDialog(services, someone.id, &window));
    add("appreciation", "Log thank-you", new AppreciationDialog(services, someone.id, &window));
    add("referral", "Log referral", new ReferralDialog(services, someone.id, &window));
    add("feedback-item", "Add feedback", new FeedbackDialog(services, &window));
    add("programme-settings", "Programme settings", new ProgrammeSettingsDialog(services, &window));
    add("case-study-export", "Export case studies", new CaseStudyExportDialog(services, &window));
    add("preferences", "Preferences", new PreferencesDialog(&window));
    add("shortcuts", "Keyboard shortcuts", new ShortcutsDialog(&window));
    add("erase-person", "Erase a person", new ErasePersonDialog(someone.name, someone.email, 2, &window));
    SyncReport report;
    report.exportedBy = QStringLiteral("Tan Mei Ling");
    report.inserted = 12;
    report.updated = 3;
    add("sync-report", "Sync report", new SyncReportDialog(report, &window));
    for (const auto &[name, title, dialog] : dialogs) {
        dialog->show();
        settle({});
        camera.shoot(dialog.get(), name, title);
        dialog->close();
    }

    ImportWizard wizard(services, &window);
    const QString csv = folder + QStringLiteral("/people.csv");
    QFile file(csv);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("First Name,Last Name,E-mail,Company,Phone,Job Title\n"
                   "Mei Ling,Tan,meiling@example.com,Acme Logistics,+60 12 345 6789,COO\n");
        file.close();
    }
    wizard.show();
    settle({});
    camera.shoot(&wizard, QStringLiteral("import-1"), QStringLiteral("Import: choose a file"));
    wizard.sourcePage()->setFilePath(csv);
    wizard.next();
    settle({});
    camera.shoot(&wizard, QStringLiteral("import-2"), QStringLiteral("Import: map the columns"));
}

std::unique_ptr<MainWindow> openWindow(const QString &path)
{
    Result<std::unique_ptr<Session>> session = Session::open(path);
    if (!session) {
        std::fprintf(stderr, "advocatedesk-tour: %s\n", qPrintable(session.error().message));
        return {};
    }
    // The demo programme seen by one of its CSMs (My Day lists their own
    // work); an empty file keeps the first-start question on screen.
    Services &services = (*session)->services();
    if (const Result<QList<User>> users = services.users().list();
        users && identity::fromEnvironment().isEmpty()) {
        for (const User &user : *users) {
            if (user.role == UserRole::Csm) {
                identity::chooseFor(path, user.name);
                services.setActor(user.name);
                break;
            }
        }
    }
    auto window = std::make_unique<MainWindow>(std::move(session).value());
    // As a person with this screen sizes it: the whole screen.
    window->setGeometry(window->screen()->availableGeometry());
    window->show();
    return window;
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationIdentity();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Screenshots of every page and dialog (scripts/tour.sh)."));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The demo programme."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption empty(QStringLiteral("empty-database"),
                                   QStringLiteral("An empty programme, for the pages' empty states."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Folder for the PNGs and manifest.tsv."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("en, zh_TW or ms."),
                                      QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light or dark."),
                                   QStringLiteral("THEME"), QStringLiteral("light"));
    parser.addOptions({database, empty, out, language, theme});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(database) || !parser.isSet(out))
        parser.showHelp(2);

    installTranslations(parser.value(language));
    Preferences::applyTheme(parser.value(theme) == QLatin1String("dark") ? Preferences::Theme::Dark
                                                                         : Preferences::Theme::Light);
    TourCamera camera(parser.value(out));
    if (!camera.ready())
        return 1;
    QTemporaryDir scratch;
    {
        std::unique_ptr<MainWindow> window = openWindow(parser.value(database));
        if (!window)
            return 1;
        tourPages(*window, camera, QString());
        tourWindows(*window, camera, scratch.path());
    }
    if (parser.isSet(empty)) {
        std::unique_ptr<MainWindow> window = openWindow(parser.value(empty));
        if (!window)
            return 1;
        tourPages(*window, camera, QStringLiteral("empty-"));
    }
    return camera.failures() == 0 ? 0 : 1;
}
