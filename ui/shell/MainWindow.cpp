#include "MainWindow.h"

#include "Session.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "ShortcutsDialog.h"
#include "Sidebar.h"
#include "advocates/AdvocatesPage.h"
#include "board/BoardPage.h"
#include "board/BoardView.h"
#include "board/PipelinePage.h"
#include "common/ErrorMessage.h"
#include "common/Icons.h"
#include "demo/DemoDataLoader.h"
#include "dialogs/NominateDialog.h"
#include "feedback/FeedbackPage.h"
#include "io/BackupActions.h"
#include "io/ExternalChangeWatcher.h"
#include "io/IoActions.h"
#include "myday/MyDayPage.h"
#include "profile/ProfileWindow.h"
#include "account/AccountWindow.h"
#include "programme/ProgrammeSettings.h"
#include "programme/TierReviewPage.h"
#include "requests/RequestsPage.h"
#include "dashboard/DashboardPage.h"
#include "util/AppIdentity.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace ad {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kRecentKey = QStringLiteral("mainWindow/recentDatabases");
constexpr int kRecentLimit = 6;
const char kFileFilter[] =
    QT_TRANSLATE_NOOP("ad::MainWindow", "Advocate Desk databases (*.sqlite *.db);;All files (*)");

QIcon icon(const char *name)
{
    return themedIcon(name);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session)), m_sidebar(new Sidebar(this)),
      m_pages(new QStackedWidget(this)), m_databaseLabel(new QLabel(this)), m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("advocatedesk"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    setCentralWidget(splitter);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    buildPages();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: most of the screen, never more than it.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(available.boundedTo(QSize(1440, 900)) * 0.9);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    Preferences::restoreViewState(this, QStringLiteral("mainWindow"));
    rememberRecent(m_session->path());

    // Another program (the CLI, a second window) wrote to the file: show it.
    auto *watcher = new ExternalChangeWatcher([this] { return m_session ? &m_session->database() : nullptr; }, this);
    connect(watcher, &ExternalChangeWatcher::changedElsewhere, this, [this] { if (!m_demoLoader) refresh(); });
    connect(watcher, &ExternalChangeWatcher::fileLost, this, [this](const QString &message) {
        statusBar()->showMessage(message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Database File Changed"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal: the data on screen stays usable, and nothing waits on the box

    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb =
        file->addAction(icon("new-database"), tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    QAction *open =
        file->addAction(icon("open"), tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *nominateAction =
        file->addAction(icon("nominate"), tr("&Nominate…"), this, &MainWindow::nominate);
    nominateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    nominateAction->setObjectName(QStringLiteral("nominateAction"));
    file->addSeparator();
    m_loadDemoAction =
        file->addAction(icon("demo"), tr("Load &Demo Data…"), this, &MainWindow::chooseDemoSize);
    m_loadDemoAction->setObjectName(QStringLiteral("loadDemoAction"));
    addIoActions(this, file);
    addBackupActions(this, file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Any undo or redo may change what the table shows, whoever made the edit
    // (the boards listen to the stack themselves).
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_advocates)
            m_advocates->reload();
    });
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(icon("undo"));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setIcon(icon("redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Programme Settings…"), this, [this] {
        ProgrammeSettingsDialog dialog(m_session->services(), this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    settings->setMenuRole(QAction::NoRole);
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, [this] { PreferencesDialog(this).exec(); });
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(icon("search"), tr("&Find Advocates"), this, [this] {
        m_sidebar->setCurrentRow(m_pages->indexOf(m_advocates));
        m_advocates->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *reload = view->addAction(icon("refresh"), tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog(this).exec(); })
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Advocate Desk"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->addAction(open);
    toolbar->addAction(reload);
    toolbar->addAction(nominateAction);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(m_loadDemoAction);
}

void MainWindow::buildPages()
{
    // Pages hold references into the session's services: build them afresh
    // whenever the session changes.
    while (QWidget *page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        delete page;
    }
    m_sidebar->clear();
    // Undo commands refer to the session's services too.
    m_undoStack->clear();

    m_myDay = new MyDayPage(m_session->services(), m_pages);
    m_pages->addWidget(m_myDay);
    m_sidebar->addEntry(icon("myday"), tr("My Day"), tr("Follow-ups, answers awaited, advocates to touch"));
    connect(m_myDay, &MyDayPage::advocateActivated, this, &MainWindow::openProfile);
    connect(m_myDay, &MyDayPage::advocatesChanged, this, [this] { m_pipeline->reload(); });
    connect(m_myDay, &MyDayPage::showOnBoard, this, [this](const QString &advocateId) {
        m_sidebar->setCurrentRow(m_pages->indexOf(m_pipeline));
        m_pipeline->tabs()->setCurrentWidget(m_pipeline->nominationBoard());
        m_pipeline->nominationBoard()->view()->selectAdvocate(advocateId);
    });

    m_pipeline = new PipelinePage(m_session->services(), m_undoStack, m_pages);
    connect(m_pipeline, &PipelinePage::advocateActivated, this, &MainWindow::openProfile);
    m_pages->addWidget(m_pipeline);
    m_sidebar->addEntry(icon("pipeline"), tr("Pipeline"),
                        tr("Nomination pipeline and advocacy journey boards"));

    m_advocates = new AdvocatesPage(m_session->services(), m_pages);
    m_pages->addWidget(m_advocates);
    m_sidebar->addEntry(icon("advocates"), tr("Advocates"),
                        tr("Everyone in the programme (Ctrl+F to search)"));
    connect(m_advocates, &AdvocatesPage::advocateActivated, this, &MainWindow::openProfile);
    connect(m_advocates, &AdvocatesPage::accountActivated, this, &MainWindow::openAccount);

    m_requests = new RequestsPage(m_session->services(), m_undoStack, m_pages);
    m_pages->addWidget(m_requests);
    m_sidebar->addEntry(icon("requests"), tr("Requests"),
                        tr("Asks from sales and marketing, matched fairly"));
    connect(m_requests, &RequestsPage::advocatesChanged, this, [this] { m_pipeline->reload(); });

    m_dashboard = new DashboardPage(m_session->services(), m_pages);
    m_pages->addWidget(m_dashboard);
    m_sidebar->addEntry(icon("dashboard"), tr("Dashboard"), tr("Programme KPIs, charts and the programme report"));
    connect(m_dashboard, &DashboardPage::advocateActivated, this, &MainWindow::openProfile);

    auto *tiers = new TierReviewPage(m_session->services(), m_pages);
    m_pages->addWidget(tiers);
    m_sidebar->addEntry(icon("tiers"), tr("Tier Review"), tr("Approve or override recommended tiers"));
    connect(tiers, &TierReviewPage::tiersChanged, this, [this] {
        m_advocates->reload();
        m_pipeline->reload();
    });

    m_feedback = new FeedbackPage(m_session->services(), m_pages);
    m_pages->addWidget(m_feedback);
    m_sidebar->addEntry(icon("feedback"), tr("Feedback"),
                        tr("Voice of the customer: reviews, posts, surveys"));
    connect(m_feedback, &FeedbackPage::advocateActivated, this, &MainWindow::openProfile);
    connect(m_feedback, &FeedbackPage::advocateChanged, this, [this] { m_pipeline->reload(); });
    connect(m_advocates, &AdvocatesPage::loadDemoRequested, this, [this] { loadDemoData(200); });
    connect(m_advocates, &AdvocatesPage::importRequested, this, [this] { runImportWizard(this); });
    connect(m_advocates, &AdvocatesPage::summaryChanged, this, [this](const QString &summary) {
        statusBar()->showMessage(summary);
        updateDemoAction();
    });
    connect(m_advocates, &AdvocatesPage::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the advocates: %1").arg(message));
    });
    // A new, empty database opens where the demo data is offered.
    m_sidebar->setCurrentRow(m_pages->indexOf(
        m_advocates->programmeSize() == 0 ? static_cast<QWidget *>(m_advocates) : m_pipeline));
    statusBar()->showMessage(m_advocates->summary());
    updateDemoAction();
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString path = m_session->path();
    setWindowTitle(tr("%1 — Advocate Desk").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
    m_databaseLabel->setToolTip(m_databaseLabel->text());
}

void MainWindow::updateDemoAction()
{
    // The generator only fills an empty database; offering it otherwise would
    // only lead to a refusal.
    const bool empty = m_advocates && m_advocates->programmeSize() == 0;
    m_loadDemoAction->setEnabled(empty && !m_demoLoader);
    m_loadDemoAction->setToolTip(
        empty ? tr("Fill this empty database with a demo programme")
              : tr("Demo data goes into an empty database: create one with File → New Database"));
}

void MainWindow::chooseDemoSize()
{
    const QStringList sizes = {QLocale().toString(200), QLocale().toString(1000), QLocale().toString(10000),
                               QLocale().toString(100000)};
    const int values[] = {200, 1000, 10000, 100000};
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Load Demo Data"),
                              tr("Fill this empty database with a demo programme of how many "
                                 "advocates?"),
                              sizes, 0, false, &ok);
    if (ok)
        loadDemoData(values[sizes.indexOf(choice)]);
}

void MainWindow::loadDemoData(int advocates)
{
    if (m_demoLoader)
        return;
    m_loadDemoAction->setEnabled(false);
    m_demoLoader = new DemoDataLoader(m_session->path(), DemoOptions{advocates, 42}, this);
    m_demoProgress = new QProgressDialog(tr("Creating a demo programme of %L1 advocates…").arg(advocates),
                                         tr("Cancel"), 0, 100, this);
    m_demoProgress->setObjectName(QStringLiteral("demoProgress"));
    m_demoProgress->setWindowTitle(tr("Load Demo Data"));
    m_demoProgress->setWindowModality(Qt::WindowModal);
    m_demoProgress->setMinimumDuration(400);
    m_demoProgress->setAutoClose(false);
    m_demoProgress->setAutoReset(false);
    connect(m_demoProgress, &QProgressDialog::canceled, m_demoLoader, &DemoDataLoader::cancel);
    connect(m_demoLoader, &DemoDataLoader::progressed, m_demoProgress, [this](int done, int total) {
        if (m_demoProgress && total > 0)
            m_demoProgress->setValue(int(qint64(done) * 100 / total));
    });
    connect(m_demoLoader, &DemoDataLoader::finished, this, [this](bool ok, const Error &error) {
        m_demoProgress->deleteLater();
        m_demoProgress = nullptr;
        m_demoLoader->deleteLater();
        m_demoLoader = nullptr;
        m_advocates->reload();
        m_pipeline->reload();
        m_feedback->reload();
        m_requests->reload();
        m_myDay->reload();
        if (ok)
            statusBar()->showMessage(tr("Demo programme loaded: %1").arg(m_advocates->summary()));
        else if (error.kind == ErrorKind::Cancelled)
            statusBar()->showMessage(tr("Demo data cancelled; nothing was written."));
        else
            showError(this, tr("Load Demo Data"), error);
        emit demoLoadFinished(ok);
    });
    statusBar()->showMessage(tr("Creating demo data…"));
    m_demoLoader->start();
}

bool MainWindow::openDatabase(const QString &path)
{
    if (m_demoLoader) {
        statusBar()->showMessage(
            tr("Wait for the demo data to finish, or cancel it, before opening another file."));
        return false;
    }
    Result<std::unique_ptr<Session>> session = Session::open(path);
    if (!session) {
        showError(this, tr("Open Database"), session.error());
        return false;
    }
    // The pages refer to the old session's services: remove them before it goes.
    closeProfiles();
    m_advocates = nullptr;
    m_pipeline = nullptr;
    m_feedback = nullptr;
    m_requests = nullptr;
    m_myDay = nullptr;
    m_dashboard = nullptr;
    std::unique_ptr<Session> previous = std::exchange(m_session, std::move(session).value());
    buildPages();
    previous.reset();
    rememberRecent(m_session->path());
    return true;
}

Status MainWindow::reopenAfter(const std::function<Status(const QString &path)> &change)
{
    if (m_demoLoader)
        return makeError(ErrorKind::Busy, tr("Wait for the demo data to finish, or cancel it, first."));
    // The file must be closed here before it is replaced: an open connection
    // would checkpoint into, and delete, the new file's log when it closes later.
    const QString path = m_session->path();
    closeProfiles();
    std::unique_ptr<Session> previous = std::move(m_session);
    while (QWidget *page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        delete page;
    }
    m_undoStack->clear();
    previous.reset();
    const Status changed = change(path);
    Result<std::unique_ptr<Session>> session = Session::open(path);
    if (!session) {
        QMessageBox::critical(this, tr("Open Database"), session.error().message);
        close();
        return session.error();
    }
    m_session = std::move(session).value();
    buildPages();
    return changed;
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QFileInfo(m_session->path()).dir().filePath(tr("advocates.sqlite")),
        tr(kFileFilter), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::information(
            this, tr("New Database"),
            tr("“%1” already exists. Choose another name, or use Open Database to open it.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"),
                                                      QFileInfo(m_session->path()).path(), tr(kFileFilter));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kRecentLimit)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    Preferences::setLastDatabase(path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::refresh()
{
    m_advocates->reload();
    m_pipeline->reload();
    m_feedback->reload();
    m_requests->reload();
    m_myDay->reload();
    m_dashboard->reload();
    statusBar()->showMessage(tr("Refreshed: %1").arg(m_advocates->summary()), 3000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Advocate Desk"),
                       tr("<h3>Advocate Desk %1</h3>"
                          "<p>Run a customer advocacy programme: nominate, nurture, ask without wearing "
                          "customers out, thank them, and show the programme's effect.</p>"
                          "<p>Database: %2<br>Schema version %3</p>"
                          "<p>Licence: MIT. Built with Qt %4.</p>")
                           .arg(applicationVersion(), QDir::toNativeSeparators(m_session->path()).toHtmlEscaped())
                           .arg(m_session->database().schemaVersion())
                           .arg(QString::fromLatin1(qVersion())));
}

ProfileWindow *MainWindow::openProfile(const QString &advocateId)
{
    for (ProfileWindow *open : findChildren<ProfileWindow *>()) {
        if (open->advocateId() == advocateId) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *profile = new ProfileWindow(m_session->services(), m_undoStack, advocateId, this);
    connect(profile, &ProfileWindow::advocateChanged, this, [this] {
        m_advocates->reload();
        m_pipeline->reload();
    });
    connect(profile, &ProfileWindow::accountRequested, this, &MainWindow::openAccount);
    profile->show();
    return profile;
}

AccountWindow *MainWindow::openAccount(const QString &accountId)
{
    AccountWindow *window = showAccountWindow(m_session->services(), accountId, this);
    connect(window, &AccountWindow::advocateRequested, this, &MainWindow::openProfile, Qt::UniqueConnection);
    return window;
}

void MainWindow::nominate()
{
    NominateDialog dialog(m_session->services(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_advocates->reload();
    m_pipeline->reload();
    m_sidebar->setCurrentRow(m_pages->indexOf(m_pipeline));
    m_pipeline->nominationBoard()->view()->selectAdvocate(dialog.nominatedAdvocateId());
    statusBar()->showMessage(tr("Nominated."), 5000);
}

void MainWindow::closeProfiles()
{
    for (ProfileWindow *open : findChildren<ProfileWindow *>())
        delete open;
    for (AccountWindow *open : findChildren<AccountWindow *>())
        delete open;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    closeProfiles();
    if (m_demoLoader) {
        // Cancelling rolls the demo transaction back; wait for that before closing.
        m_demoLoader->cancel();
        delete m_demoLoader;
        m_demoLoader = nullptr;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    Preferences::saveViewState(this, QStringLiteral("mainWindow"));
    event->accept();
}

} // namespace ad
