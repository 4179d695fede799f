// A 1024×700 laptop screen, in English, Traditional Chinese and Malay: the
// main window on every page, every window and dialog fits the screen with its
// frame, nothing it shows is cut off by its parent and no label or button is
// squeezed below the width of its text. This suite runs on an offscreen
// screen of exactly that size (tests/ui/screen-1024x700.json).
#include "../cli/CliFixture.h"
#include "BoardWait.h"
#include "account/AccountWindow.h"
#include "board/BoardPage.h"
#include "board/PipelinePage.h"
#include "dialogs/EngagementDialogs.h"
#include "dialogs/NominateDialog.h"
#include "feedback/FeedbackDialog.h"
#include "io/CaseStudyExportDialog.h"
#include "io/ImportSourcePage.h"
#include "io/ImportWizard.h"
#include "io/PersonalDataActions.h"
#include "io/SyncConflictDialog.h"
#include "io/SyncReportDialog.h"
#include "myday/MyDayPage.h"
#include "profile/ProfileWindow.h"
#include "programme/ProgrammeSettings.h"
#include "requests/MatchDialog.h"
#include "board/BoardView.h"
#include "requests/RequestBoard.h"
#include "requests/RequestDetailPanel.h"
#include "requests/RequestDialogs.h"
#include "requests/RequestsModel.h"
#include "requests/RequestsPage.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/Session.h"
#include "shell/ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextLayout>
#include <QTranslator>
#include <QtMath>

#include <gtest/gtest.h>

using namespace ad;

namespace {

// The program in one language for the length of a test, as the app loads it.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language)
    {
        const QString file = language == QLatin1String("en") ? QStringLiteral(":/i18n/advocatedesk_en.qm")
                                                              : QStringLiteral(":/i18n/advocatedesk_%1.qm").arg(language);
        m_loaded = m_translator.load(file);
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
    }
    ~ScopedLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QLatin1Char('#') + widget->objectName();
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text += QStringLiteral(" \"%1\"").arg(label->text().left(40));
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text += QStringLiteral(" \"%1\"").arg(button->text());
    return text;
}

bool insideScrolledContent(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
        if (area && area->viewport() == parent)
            return true;
    }
    return false;
}

// What a person on that screen could not see or reach in `window`; empty when
// all is well.
QStringList problemsOf(QWidget *window)
{
    // As a person sees it: the layouts a text change asked for (a page that
    // just said "Compared with …" instead of "Computing…") run before any paint.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList problems;
    const QRect screen = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (!screen.contains(frame))
        problems << QStringLiteral("the window (%1×%2 at %3,%4 with its frame) leaves the %5×%6 screen")
                        .arg(frame.width())
                        .arg(frame.height())
                        .arg(frame.x())
                        .arg(frame.y())
                        .arg(screen.width())
                        .arg(screen.height());
    // The smallest the window can be must leave room for what a desktop adds on
    // a real laptop: borders, a title bar and a panel.
    const QSize desktopExtra(16, 40 + 32);
    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (smallest.width() + desktopExtra.width() > screen.width()
        || smallest.height() + desktopExtra.height() > screen.height())
        problems << QStringLiteral("it cannot get smaller than %1×%2, more than a %3×%4 screen holds with a title "
                                   "bar and a panel")
                        .arg(smallest.width())
                        .arg(smallest.height())
                        .arg(screen.width())
                        .arg(screen.height());
    for (QWidget *child : window->findChildren<QWidget *>()) {
        if (!child->isVisibleTo(window) || child->isWindow() || insideScrolledContent(child))
            continue;
        const QRect inParent = child->geometry();
        if (!child->parentWidget()->rect().contains(inParent))
            problems << QStringLiteral("%1 is cut off by %2").arg(describe(child), describe(child->parentWidget()));
        const auto *button = qobject_cast<QAbstractButton *>(child);
        const auto *label = qobject_cast<QLabel *>(child);
        const bool showsText = (button && !button->text().isEmpty())
            || (label && !label->wordWrap() && !label->text().isEmpty());
        if (showsText && child->width() < child->minimumSizeHint().width())
            problems << QStringLiteral("%1 is squeezed to %2 px of its %3").arg(describe(child)).arg(child->width())
                            .arg(child->minimumSizeHint().width());
    }
    return problems;
}

// The widgets on screen in `root` that ask for more than `width` px, each with
// what it asks for: where a window's minimum width comes from.
QStringList widerThan(QWidget *root, int width)
{
    QStringList wide;
    for (QWidget *child : root->findChildren<QWidget *>()) {
        if (child->isVisibleTo(root) && !insideScrolledContent(child)
            && child->minimumSizeHint().expandedTo(child->minimumSize()).width() > width)
            wide << QStringLiteral("%1 asks for %2 px").arg(describe(child)).arg(child->minimumSizeHint().width());
    }
    return wide;
}

void expectFits(QWidget *window, const QString &what)
{
    window->show();
    QApplication::processEvents();
    const QStringList problems = problemsOf(window);
    EXPECT_TRUE(problems.isEmpty()) << what.toStdString() << ":\n  "
                                    << problems.join(QStringLiteral("\n  ")).toStdString();
}

class SmallScreenTest : public test::CliFixture, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(makeDemo(database(), 120, 42));
        const QSize screen = QGuiApplication::primaryScreen()->size();
        ASSERT_EQ(screen, QSize(1024, 700)) << "this suite expects the offscreen screen of screen-1024x700.json";
    }
};

TEST_P(SmallScreenTest, EveryWindowAndDialogFitsA1024By700Screen)
{
    const ScopedLanguage language(QString::fromLatin1(GetParam()));
    ASSERT_TRUE(language.loaded());
    Result<std::unique_ptr<Session>> session = Session::open(database());
    ASSERT_TRUE(session.ok());
    MainWindow window(std::move(session).value());
    window.show();
    Services &services = window.session().services();

    using Page = MainWindow::Page;
    const QList<std::pair<Page, QString>> pages{{Page::MyDay, QStringLiteral("My Day")},
                                                {Page::Pipeline, QStringLiteral("Pipeline")},
                                                {Page::Advocates, QStringLiteral("Advocates")},
                                                {Page::Requests, QStringLiteral("Requests")},
                                                {Page::Dashboard, QStringLiteral("Dashboard")},
                                                {Page::TierReview, QStringLiteral("Tier Review")},
                                                {Page::Feedback, QStringLiteral("Feedback")}};
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        if (page == Page::MyDay) {
            ASSERT_TRUE(QTest::qWaitFor([&] { return !window.myDayPage()->isLoading(); }, 60000));
        }
        if (page == Page::Pipeline) {
            ASSERT_TRUE(test::boardLoaded(*window.pipelinePage()->nominationBoard()->model()));
        }
        expectFits(&window, QStringLiteral("main window on %1").arg(name));
        // Half a 1600 px screen, or a 1024 px one beside a sidebar of another app.
        EXPECT_LE(window.minimumSizeHint().width(), 800)
            << name.toStdString() << ":\n  " << widerThan(&window, 500).join(QStringLiteral("\n  ")).toStdString();
    }

    // The Requests page with a request chosen: its detail beside the table and
    // the board, an accepted advocate's actions in it.
    QString accepted;
    const auto allRequests = services.requests().list();
    for (const Request &request : *allRequests) {
        const auto asks = services.requests().asks(request.id);
        for (const Ask &ask : *asks)
            if (accepted.isEmpty() && ask.answer == AskAnswer::Accepted)
                accepted = request.id;
    }
    ASSERT_FALSE(accepted.isEmpty()) << "the demo has accepted asks";
    window.showPage(Page::Requests);
    RequestsPage *requestsPage = window.requestsPage();
    for (bool board : {false, true}) {
        requestsPage->showBoard(board);
        if (board) {
            ASSERT_TRUE(test::boardLoaded(*requestsPage->board()->page()->model()));
            requestsPage->board()->page()->view()->selectAdvocate(accepted);
        } else {
            requestsPage->table()->selectRow(requestsPage->model()->rowOf(accepted));
        }
        ASSERT_EQ(requestsPage->detail()->requestId(), accepted);
        ASSERT_NE(requestsPage->detail()->findChild<QPushButton *>(QStringLiteral("logContribution")), nullptr);
        expectFits(&window, board ? QStringLiteral("a request's detail beside the board")
                                  : QStringLiteral("a request's detail beside the table"));
        EXPECT_LE(window.minimumSizeHint().width(), 800) << widerThan(&window, 500).join(QStringLiteral("\n  ")).toStdString();
    }

    auto people = services.directory().page(DirectoryQuery{}, 0, 1);
    ASSERT_TRUE(people.ok() && !people->isEmpty());
    const QString someone = people->first().id;
    ProfileWindow *profile = window.openProfile(someone);
    ASSERT_NE(profile, nullptr);
    expectFits(profile, QStringLiteral("profile"));
    auto accounts = services.accounts().list();
    ASSERT_TRUE(accounts.ok() && !accounts->isEmpty());
    AccountWindow account(services, accounts->first().id, &window);
    expectFits(&account, QStringLiteral("account"));
    auto requests = services.requests().list();
    ASSERT_TRUE(requests.ok() && !requests->isEmpty());
    MatchDialog match(services, requests->first().id, &window);
    match.show();
    ASSERT_TRUE(QTest::qWaitFor([&match] { return !match.isLoading(); }, 60000));
    expectFits(&match, QStringLiteral("Match"));

    std::vector<std::pair<QString, std::unique_ptr<QWidget>>> dialogs;
    dialogs.emplace_back(QStringLiteral("Nominate"), new NominateDialog(services, &window));
    dialogs.emplace_back(QStringLiteral("New Request"), new NewRequestDialog(services, &window));
    dialogs.emplace_back(QStringLiteral("Answer"), new AnswerDialog(services, requests->first().id, &window));
    dialogs.emplace_back(QStringLiteral("Contribution"), new ContributionDialog(services, someone, &window));
    auto *forRequest = new ContributionDialog(services, someone, &window);
    forRequest->setRequest(*services.requests().get(accepted));
    dialogs.emplace_back(QStringLiteral("Contribution for a request"), forRequest);
    dialogs.emplace_back(QStringLiteral("Appreciation"), new AppreciationDialog(services, someone, &window));
    dialogs.emplace_back(QStringLiteral("Referral"), new ReferralDialog(services, someone, &window));
    dialogs.emplace_back(QStringLiteral("Feedback"), new FeedbackDialog(services, &window));
    dialogs.emplace_back(QStringLiteral("Programme Settings"), new ProgrammeSettingsDialog(services, &window));
    dialogs.emplace_back(QStringLiteral("Case-study export"), new CaseStudyExportDialog(services, &window));
    dialogs.emplace_back(QStringLiteral("Preferences"), new PreferencesDialog(&window));
    dialogs.emplace_back(QStringLiteral("Shortcuts"), new ShortcutsDialog(&window));
    dialogs.emplace_back(QStringLiteral("Erase person"),
                         new ErasePersonDialog(QStringLiteral("Mei"), QStringLiteral("mei@example.com"), 2, &window));
    SyncReport report;
    for (int i = 0; i < 30; ++i)
        report.conflicts << SyncConflict{QStringLiteral("advocates"), QStringLiteral("id%1").arg(i), QString(),
                                         QString(), QStringLiteral("undecided"), QStringLiteral("Mei"),
                                         {{QStringLiteral("title"), QStringLiteral("A"), QStringLiteral("B")}}};
    dialogs.emplace_back(QStringLiteral("Sync conflicts"), new SyncConflictDialog(report, &window));
    dialogs.emplace_back(QStringLiteral("Sync report"), new SyncReportDialog(report, &window));
    for (const auto &[name, dialog] : dialogs) {
        expectFits(dialog.get(), name);
        dialog->close();
    }

    // The import wizard on its mapping page, the widest it gets.
    ImportWizard wizard(services, &window);
    const QString csv = path(QStringLiteral("people.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,E-mail,Company,Phone,Job Title\nMei,Tan,mei@x.example,Acme,1,COO\n");
    file.close();
    wizard.show();
    wizard.sourcePage()->setFilePath(csv);
    wizard.next();
    expectFits(&wizard, QStringLiteral("import wizard, mapping page"));
}

// The height the item views give `text` wrapped at `width` (QCommonStyle lays
// out an item's text the same way).
int wrappedHeight(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return qCeil(height);
}

// What of the profile's summary and timeline a person on that screen could not
// read whole; empty when all is well.
QStringList profileProblems(QWidget *profile)
{
    QStringList problems;
    // The summary: the block that holds the name, whole inside what shows it.
    auto *name = profile->findChild<QLabel *>(QStringLiteral("profileName"));
    if (!name || !name->isVisible())
        return {QStringLiteral("no visible name")};
    QWidget *summary = name;
    while (summary->parentWidget() && summary->parentWidget() != profile
           && !qobject_cast<QAbstractScrollArea *>(summary->parentWidget()->parentWidget()))
        summary = summary->parentWidget();
    if (auto *area = qobject_cast<QAbstractScrollArea *>(summary->parentWidget()->parentWidget())) {
        if (!area->viewport()->rect().contains(summary->geometry()))
            problems << QStringLiteral("the summary (%1×%2) is cut to what its %3×%4 view shows")
                            .arg(summary->width()).arg(summary->height())
                            .arg(area->viewport()->width()).arg(area->viewport()->height());
    }
    for (QLabel *label : summary->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(summary) || label->text().isEmpty())
            continue;
        if (label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                              : label->width() < label->minimumSizeHint().width())
            problems << QStringLiteral("%1 is cut to %2×%3")
                            .arg(describe(label))
                            .arg(label->width())
                            .arg(label->height());
    }
    for (QAbstractButton *button : summary->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(summary) && button->width() < button->minimumSizeHint().width())
            problems << QStringLiteral("%1 is squeezed").arg(describe(button));

    // The tabs beside it, every tab on show without scrolling the tab bar.
    auto *tabs = profile->findChild<QTabWidget *>();
    if (!tabs || !tabs->isVisible())
        problems << QStringLiteral("no tabs");
    else
        for (int i = 0; i < tabs->count(); ++i)
            if (!tabs->tabBar()->rect().contains(tabs->tabBar()->tabRect(i)))
                problems << QStringLiteral("the tab %1 is off the tab bar").arg(tabs->tabText(i));

    // Every sentence of the timeline whole: on one line, or wrapped on a row tall enough.
    auto *view = profile->findChild<QTableView *>(QStringLiteral("timelineView"));
    if (!view || !view->isVisible())
        return problems << QStringLiteral("no visible timeline");
    const int what = 2; // TimelineModel::WhatColumn
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const int width = view->columnWidth(what) - margins;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString text = view->model()->index(row, what).data().toString();
        const int textWidth = view->fontMetrics().horizontalAdvance(text);
        if (textWidth <= width)
            continue;
        const int needed = wrappedHeight(text, view->font(), width);
        if (!view->wordWrap() || view->rowHeight(row) < needed)
            problems << QStringLiteral("\"%1\" (%2 px) shows in %3×%4 px").arg(text).arg(textWidth).arg(width)
                            .arg(view->rowHeight(row));
    }
    return problems;
}

TEST_P(SmallScreenTest, EveryPagesEmptyStateFitsA1024By700Screen)
{
    // A new file: each page shows what it is for, whole, in every language.
    const ScopedLanguage language(QString::fromLatin1(GetParam()));
    ASSERT_TRUE(language.loaded());
    Result<std::unique_ptr<Session>> session = Session::open(path(QStringLiteral("new.sqlite")));
    ASSERT_TRUE(session.ok());
    MainWindow window(std::move(session).value());
    window.show();
    for (int page = int(MainWindow::Page::MyDay); page <= int(MainWindow::Page::Feedback); ++page) {
        window.showPage(MainWindow::Page(page));
        QApplication::processEvents();
        expectFits(&window, QStringLiteral("empty page %1").arg(page));
        EXPECT_LE(window.minimumSizeHint().width(), 800) << page;
    }
}

TEST_P(SmallScreenTest, TheProfileShowsItsWholeSummaryItsTabsAndWholeSentences)
{
    const ScopedLanguage language(QString::fromLatin1(GetParam()));
    ASSERT_TRUE(language.loaded());
    Result<std::unique_ptr<Session>> session = Session::open(database());
    ASSERT_TRUE(session.ok());
    MainWindow window(std::move(session).value());
    window.show();
    Services &services = window.session().services();

    // Among the first advocates, the one whose timeline holds the longest sentence.
    auto people = services.directory().page(DirectoryQuery{}, 0, 30);
    ASSERT_TRUE(people.ok() && !people->isEmpty());
    QString someone;
    qsizetype longest = 0;
    for (const AdvocateRow &row : *people) {
        auto timeline = services.timeline().forAdvocate(row.id);
        ASSERT_TRUE(timeline.ok());
        for (const TimelineEntry &entry : *timeline)
            if (entry.summary.size() > longest) {
                longest = entry.summary.size();
                someone = row.id;
            }
    }
    ASSERT_GT(longest, 60) << "no long sentence to show";
    ProfileWindow *profile = window.openProfile(someone);
    ASSERT_NE(profile, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(profile));
    // Rows fit their text once the columns have their widths.
    (void)QTest::qWaitFor([profile] { return profileProblems(profile).isEmpty(); }, 2000);
    const QStringList problems = profileProblems(profile);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QStringLiteral("\n  ")).toStdString();
    if (const QString shots = qEnvironmentVariable("ADVOCATEDESK_SCREENSHOT_DIR"); !shots.isEmpty())
        profile->grab().save(shots + QStringLiteral("/profile-1024-%1.png").arg(QString::fromLatin1(GetParam())));
}

INSTANTIATE_TEST_SUITE_P(Languages, SmallScreenTest, ::testing::Values("en", "zh_TW", "ms"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });

} // namespace
