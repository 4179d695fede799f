// Every text the window asks to have translated must be translated in zh_TW
// and ms — tested the way it fails: a recording translator notes every
// (context, source) the program looks up while the test walks every page,
// board, profile, dialog, Match, My Day, Tier Review, the dashboard and the
// reports on a demo programme; each lookup without a finished translation in
// translations/*.ts fails the test. (A string filed by lupdate under another
// context than the code looks up stays English however complete the files are.)
#include "../cli/CliFixture.h"
#include "BoardWait.h"
#include "TranslationCoverage.h"
#include "account/AccountWindow.h"
#include "board/BoardPage.h"
#include "board/PipelinePage.h"
#include "common/FontCoverage.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/ProgrammeReport.h"
#include "dialogs/EngagementDialogs.h"
#include "dialogs/NominateDialog.h"
#include "feedback/FeedbackDialog.h"
#include "io/CaseStudyExport.h"
#include "io/CaseStudyExportDialog.h"
#include "io/CaseStudyPdf.h"
#include "io/ImportKind.h"
#include "io/ImportWizard.h"
#include "io/ImportSourcePage.h"
#include "io/PersonalDataActions.h"
#include "io/SyncConflictDialog.h"
#include "io/SyncReportDialog.h"
#include "kpi/KpiEngine.h"
#include "domain/Enums.h"
#include "services/FollowUpService.h"
#include "myday/MyDayPage.h"
#include "profile/ProfileWindow.h"
#include "programme/ProgrammeSettings.h"
#include "programme/TierReviewPage.h"
#include "requests/MatchDialog.h"
#include "requests/RequestDialogs.h"
#include "requests/RequestsPage.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/Session.h"
#include "shell/ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

// Everything the walk saw on screen, to look for raw keys in it.
QSet<QString> &seenTexts()
{
    static QSet<QString> seen;
    return seen;
}

void see(const QString &text)
{
    if (!text.isEmpty())
        seenTexts().insert(text.trimmed());
}

// The texts of `root`'s labels, buttons, combo boxes, tabs and its title.
void seeWidgets(QWidget *root)
{
    see(root->windowTitle());
    for (QLabel *label : root->findChildren<QLabel *>())
        see(label->text());
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        see(button->text());
    for (QComboBox *box : root->findChildren<QComboBox *>()) {
        for (int i = 0; i < box->count(); ++i)
            see(box->itemText(i));
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            see(tabs->tabText(i));
    }
}

// The stored keys a person must never read: enum values, follow-up kinds and
// import fields as the database and mappings spell them.
QSet<QString> rawKeys()
{
    QSet<QString> keys;
    const auto add = [&keys](const auto &values) {
        for (const auto value : values)
            keys.insert(keyOf(value));
    };
    add(allSegmentValues());
    add(allHealthValues());
    add(allTierValues());
    add(allUserRoleValues());
    add(allNominationStatusValues());
    add(allBarrierValues());
    add(allConsentAssetValues());
    add(allTouchKindValues());
    add(allAppreciationKindValues());
    add(allRequestStatusValues());
    add(allSentimentValues());
    add(allReferralStatusValues());
    add(allFollowUpKinds());
    for (ImportKind kind : allImportKinds()) {
        for (const ImportField &field : importFields(kind))
            keys.insert(field.key);
    }
    return keys;
}

// Reads every cell, header and tooltip a person could see in the models of
// `root`'s views: item models translate when asked for data.
void readEveryModel(QWidget *root)
{
    seeWidgets(root);
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        const int rows = std::min(model->rowCount(), 200);
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                see(model->headerData(column, Qt::Horizontal, role).toString());
                for (int row = 0; row < rows; ++row)
                    see(model->data(model->index(row, column), role).toString());
            }
        }
    }
}

// Shows every tab of every tab widget in `root`, reading what each shows.
void visitTabs(QWidget *root)
{
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
        }
    }
    readEveryModel(root);
}

class TranslationCoverageTest : public test::CliFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(makeDemo(database(), 120, 42));
        recorder = new TranslationRecorder(qApp);
        QCoreApplication::installTranslator(recorder);
    }

    void TearDown() override
    {
        QCoreApplication::removeTranslator(recorder);
        delete recorder;
    }

    TranslationRecorder *recorder = nullptr;
};

TEST_F(TranslationCoverageTest, WalkingTheWholeWindowAsksOnlyForTranslatedText)
{
    Result<std::unique_ptr<Session>> session = Session::open(database());
    ASSERT_TRUE(session.ok());
    MainWindow window(std::move(session).value());
    window.show();
    Services &services = window.session().services();

    // Every page of the sidebar, with what it reads in the background.
    window.showPage(MainWindow::Page::MyDay);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.myDayPage()->isLoading(); }, 60000));
    window.showPage(MainWindow::Page::Pipeline);
    ASSERT_TRUE(test::boardLoaded(*window.pipelinePage()->nominationBoard()->model()));
    window.pipelinePage()->tabs()->setCurrentIndex(1);
    ASSERT_TRUE(test::boardLoaded(*window.pipelinePage()->journeyBoard()->model()));
    window.showPage(MainWindow::Page::Advocates);
    window.showPage(MainWindow::Page::Requests);
    window.requestsPage()->showBoard(true);
    QApplication::processEvents();
    window.requestsPage()->showBoard(false);
    window.showPage(MainWindow::Page::Dashboard);
    QSignalSpy shown(window.dashboardPage(), &DashboardPage::shownChanged);
    ASSERT_TRUE(window.dashboardPage()->shown().has_value() || shown.wait(60000));
    window.showPage(MainWindow::Page::TierReview);
    auto *tiers = window.findChild<TierReviewPage *>();
    ASSERT_NE(tiers, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([tiers] { return !tiers->isRecomputing(); }, 60000));
    window.showPage(MainWindow::Page::Feedback);
    visitTabs(&window);

    // Profiles and accounts of several advocates: timelines, signals, NPS.
    auto page = services.directory().page(DirectoryQuery{}, 0, 12);
    ASSERT_TRUE(page.ok());
    for (const auto &row : *page) {
        ProfileWindow *profile = window.openProfile(row.id);
        ASSERT_NE(profile, nullptr);
        for (int kind = 0; kind < profile->timelineFilter()->count(); ++kind)
            profile->timelineFilter()->setCurrentIndex(kind);
        visitTabs(profile);
        profile->close();
    }
    auto account = services.accounts().list();
    ASSERT_TRUE(account.ok() && !account->isEmpty());
    AccountWindow accountWindow(services, account->first().id, &window);
    accountWindow.show();
    visitTabs(&accountWindow);

    // Match and the request dialogs on each open request.
    auto requests = services.requests().list();
    ASSERT_TRUE(requests.ok());
    for (const Request &request : std::as_const(*requests)) {
        MatchDialog match(services, request.id, &window);
        match.show();
        ASSERT_TRUE(QTest::qWaitFor([&match] { return !match.isLoading(); }, 60000));
        readEveryModel(&match);
        AnswerDialog answer(services, request.id, &window);
        answer.show();
    }

    // The other dialogs, shown as a person opens them.
    const QString someone = page->first().id;
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(new NominateDialog(services, &window));
    dialogs.emplace_back(new NewRequestDialog(services, &window));
    dialogs.emplace_back(new ContributionDialog(services, someone, &window));
    dialogs.emplace_back(new AppreciationDialog(services, someone, &window));
    dialogs.emplace_back(new ReferralDialog(services, someone, &window));
    dialogs.emplace_back(new FeedbackDialog(services, &window));
    dialogs.emplace_back(new ProgrammeSettingsDialog(services, &window));
    dialogs.emplace_back(new CaseStudyExportDialog(services, &window));
    dialogs.emplace_back(new PreferencesDialog(&window));
    dialogs.emplace_back(new ShortcutsDialog(&window));
    dialogs.emplace_back(new ErasePersonDialog(QStringLiteral("Mei"), QStringLiteral("mei@example.com"), 2, &window));
    SyncReport report;
    report.conflicts << SyncConflict{QStringLiteral("advocates"), QStringLiteral("id"), QString(), QString(),
                                     QStringLiteral("undecided"), QStringLiteral("Mei"),
                                     {{QStringLiteral("title"), QStringLiteral("A"), QStringLiteral("B")}}};
    dialogs.emplace_back(new SyncConflictDialog(report, &window));
    dialogs.emplace_back(new SyncReportDialog(report, &window));
    // The import wizard on a file, on to its mapping page.
    auto *wizard = new ImportWizard(services, &window);
    dialogs.emplace_back(wizard);
    const QString csv = path(QStringLiteral("people.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,E-mail,Company,Phone,Job Title\nMei,Tan,mei@x.example,Acme,1,COO\n");
    file.close();
    wizard->show();
    wizard->sourcePage()->setFilePath(csv);
    wizard->next();
    readEveryModel(wizard);
    for (const auto &dialog : dialogs) {
        dialog->show();
        for (QComboBox *box : dialog->findChildren<QComboBox *>())
            (void)box->count();
        visitTabs(dialog.get());
        dialog->close();
    }

    // What the reports write.
    (void)ProgrammeReport::render(*window.dashboardPage()->shown(), window.session().clock().today());
    const CaseStudyFilter filter;
    auto entries = CaseStudyExport(services.context()).entries(filter);
    ASSERT_TRUE(entries.ok());
    (void)CaseStudyPdf::render(*entries, filter, window.session().clock().today());

    QStringList raw;
    const QSet<QString> keys = rawKeys();
    for (const QString &text : std::as_const(seenTexts())) {
        if (keys.contains(text))
            raw << text;
    }
    EXPECT_TRUE(raw.isEmpty()) << "raw keys on screen: " << raw.join(QStringLiteral(", ")).toStdString();
    EXPECT_GT(seenTexts().size(), 1000) << "the walk saw too little to mean anything";

    const QStringList missing = test::untranslated(recorder->lookups());
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " lookups without a finished translation:\n"
                                   << missing.join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(recorder->lookups().size(), 500) << "the walk reached too little to mean anything";
}

TEST_F(TranslationCoverageTest, ANewEmptyFileAsksOnlyForTranslatedText)
{
    // Each page's empty state, and the dashboard's charts over nothing.
    Result<std::unique_ptr<Session>> session = Session::open(path(QStringLiteral("new.sqlite")));
    ASSERT_TRUE(session.ok());
    MainWindow window(std::move(session).value());
    window.show();
    for (int page = int(MainWindow::Page::MyDay); page <= int(MainWindow::Page::Feedback); ++page) {
        window.showPage(MainWindow::Page(page));
        QApplication::processEvents();
        seeWidgets(&window);
    }
    DashboardPage dashboard(window.session().services());
    QSignalSpy shown(&dashboard, &DashboardPage::shownChanged);
    dashboard.show();
    ASSERT_TRUE(shown.wait(60000));
    seeWidgets(&dashboard);

    const QStringList missing = test::untranslated(recorder->lookups());
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " lookups without a finished translation:\n"
                                   << missing.join(QLatin1Char('\n')).toStdString();
}

} // namespace

namespace {

// Chinese names need a font that has them; the window says so when none does.
TEST(FontCoverageTest, NamesInAScriptWithoutAFontAreNamedInAWarning)
{
    EXPECT_TRUE(FontCoverage::missingScripts({QStringLiteral("Tan Mei Ling"), QStringLiteral("Nurul Aisyah")}).isEmpty());
    const bool chineseFont = !QFontDatabase::families(QFontDatabase::TraditionalChinese).isEmpty();
    const QStringList missing = FontCoverage::missingScripts({QStringLiteral("吳欣怡")});
    EXPECT_EQ(missing.isEmpty(), chineseFont);
    EXPECT_EQ(FontCoverage::warning({QStringLiteral("吳欣怡")}).contains(QStringLiteral("fonts-noto-cjk")), !chineseFont);
}

} // namespace
