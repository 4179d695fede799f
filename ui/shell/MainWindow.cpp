#include "MainWindow.h"

#include "ConnectToServerDialog.h"
#include "DatabaseLocation.h"
#include "IdentityBanner.h"
#include "IdentityForm.h"
#include "PageStack.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "Session.h"
#include "ShortcutsDialog.h"
#include "Sidebar.h"
#include "account/AccountWindow.h"
#include "advocates/AdvocatesPage.h"
#include "common/ErrorMessage.h"
#include "common/FontCoverage.h"
#include "common/Icons.h"
#include "common/MnemonicText.h"
#include "common/RecordCommand.h"
#include "demo/DemoDataLoader.h"
#include "dialogs/NominateDialog.h"
#include "io/BackupActions.h"
#include "io/ExternalChangeWatcher.h"
#include "io/IoActions.h"
#include "io/SyncSignature.h"
#include "profile/ProfileWindow.h"
#include "programme/ProgrammeSettings.h"
#include "storage/PostgresUrl.h"
#include "util/AppIdentity.h"
#include "util/LocalIdentity.h"

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
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

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
      m_databaseLabel(new QLabel(this)), m_identityLabel(new QLabel(this)), m_undoStack(new QUndoStack(this)),
      m_pages(new PageStack(m_sidebar, m_undoStack, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("advocatedesk"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    // The first-start banner goes above the sidebar and the pages.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_bannerSlot = new QWidget(central);
    auto *bannerLayout = new QVBoxLayout(m_bannerSlot);
    bannerLayout->setContentsMargins(6, 6, 6, 0);
    m_bannerSlot->hide();
    centralLayout->addWidget(m_bannerSlot);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_pages, &PageStack::advocateActivated, this, &MainWindow::openProfile);
    connect(m_pages, &PageStack::accountActivated, this, &MainWindow::openAccount);
    connect(m_pages, &PageStack::loadDemoRequested, this, [this] { loadDemoData(200); });
    connect(m_pages, &PageStack::importRequested, this, [this] { runImportWizard(this); });
    connect(m_pages, &PageStack::nominateRequested, this, &MainWindow::nominate);
    connect(m_pages, &PageStack::summaryChanged, this, [this](const QString &summary, int programmeSize) {
        m_programmeSize = programmeSize;
        if (m_pages->currentPage() == Page::Advocates) // the count of a page behind would mislead
            statusBar()->showMessage(summary);
        updateDemoAction();
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::showPageStatus);
    connect(m_pages, &PageStack::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the advocates: %1").arg(message));
    });

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_identityLabel->setTextFormat(Qt::RichText);
    connect(m_identityLabel, &QLabel::linkActivated, this, [this] { PreferencesDialog(this).exec(); });
    statusBar()->addPermanentWidget(m_identityLabel);
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
    auto *watcher =
        new ExternalChangeWatcher([this] { return m_session ? &m_session->database() : nullptr; }, this);
    connect(watcher, &ExternalChangeWatcher::changedElsewhere, this, [this] {
        if (!m_demoLoader)
            refresh();
    });
    connect(watcher, &ExternalChangeWatcher::fileLost, this, [this](const QString &message) {
        statusBar()->showMessage(message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Database File Changed"), message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal: the data on screen stays usable, and nothing waits on the box
    });
}

MainWindow::~MainWindow()
{
    // The pages' read threads and workers hold connections of their own, most
    // of them read-only. They close first, so that the session's connection is
    // the file's last: only a connection that may write folds the log into the
    // file and removes it, and after quitting the file alone is the programme.
    closeProfiles();
    clearPages();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb =
        file->addAction(icon("new-database"), tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    QAction *open =
        file->addAction(icon("open"), tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to &Server…"), this, &MainWindow::connectToServer)
        ->setObjectName(QStringLiteral("connectToServerAction"));
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
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this](int index) {
        if (AdvocatesPage *advocates = m_pages->builtAdvocates())
            advocates->reload();
        reportUndoStep(index);
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
        Services &services = m_session->services();
        const ProgrammeRules before = services.rules();
        ProgrammeSettingsDialog dialog(services, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // Saved by the dialog; undo stores the rules as they were (audited as any change).
        const ProgrammeRules after = services.rules();
        (void)pushRecord(
            m_undoStack, tr("Change programme settings"), tr("Saved the programme settings."),
            [&services, after] { return services.settings().save(after); },
            [&services, before] { return services.settings().save(before, tr("Undone")); });
        refresh();
    });
    settings->setMenuRole(QAction::NoRole);
    QAction *preferences =
        edit->addAction(tr("Pr&eferences…"), this, [this] { PreferencesDialog(this).exec(); });
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(icon("search"), tr("&Find Advocates"), this, [this] {
        showPage(Page::Advocates);
        advocatesPage()->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *reload = view->addAction(icon("refresh"), tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    // Ctrl+1 … Ctrl+7: the sidebar's pages, top to bottom.
    view->addSection(tr("Go To"));
    for (int index = 0; index < PageStack::kPageCount; ++index) {
        const auto page = Page(index);
        QAction *go = view->addAction(PageStack::title(page), this, [this, page] { showPage(page); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        go->setObjectName(QStringLiteral("goToPage%1").arg(index + 1));
    }

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
    showWithoutMnemonics(toolbar);
}

void MainWindow::buildPages()
{
    // Undo commands refer to the session's services: they go with them.
    m_undoStack->clear();
    // My Day first, for a new file too: its empty state offers demo data and an import.
    m_pages->rebuild(m_session->services(), Page::MyDay);
    m_programmeSize = m_pages->programmeSize();
    statusBar()->showMessage(AdvocatesPage::sizeSummary(m_programmeSize));
    if (const QString fonts = FontCoverage::warning(programmeNames()); !fonts.isEmpty())
        statusBar()->showMessage(fonts);
    updateDemoAction();
    updateTitle();
    dropIdentityBanner(); // another file (or the same reopened): asked afresh
    updateIdentity();
}

QStringList MainWindow::programmeNames() const
{
    // The first names in the directory are enough to know which scripts it uses.
    QStringList names;
    if (const auto page = m_session->services().directory().page(DirectoryQuery{}, 0, 200)) {
        for (const auto &row : *page)
            names << row.name << row.accountName;
    }
    return names;
}

void MainWindow::clearPages()
{
    m_pages->clear();
    m_undoStack->clear();
}

void MainWindow::reloadPages()
{
    m_pages->reloadBuilt(); // counts the advocates once, for the pages and for us
    m_programmeSize = m_pages->programmeSize();
    updateDemoAction();
    updateIdentity();
}

void MainWindow::updateIdentity()
{
    Services &services = m_session->services();
    const QString actor = services.context().actor;
    const Result<std::optional<User>> known = services.users().findByName(actor);
    const std::optional<User> user = known ? *known : std::nullopt;
    const QString who = user ? tr("You: %1 (%2)").arg(actor, displayName(user->role))
                             : tr("You: %1 (not in this programme)").arg(actor);
    m_identityLabel->setText(QStringLiteral("<a href=\"identity\">%1</a>").arg(who.toHtmlEscaped()));
    m_identityLabel->setToolTip(identity::fromEnvironment().isEmpty()
                                    ? tr("Who you are in this programme: change it in Preferences")
                                    : tr("ADVOCATEDESK_USER says who you are in this session"));

    // Asked while nobody chose for this file and the name at hand is nobody
    // in the programme; ADVOCATEDESK_USER is an answer already.
    const bool ask =
        !user && identity::fromEnvironment().isEmpty() && identity::chosenFor(m_session->path()).isEmpty();
    if (!ask || m_identityPostponed) {
        dropIdentityBanner();
        return;
    }
    // A reload (another program wrote, demo data came in) keeps what is being
    // typed and offers the people there are now.
    if (m_identityBanner) {
        m_identityBanner->form()->offerPeople(services);
        return;
    }
    m_identityBanner = new IdentityBanner(services, m_bannerSlot);
    m_bannerSlot->layout()->addWidget(m_identityBanner);
    connect(m_identityBanner, &IdentityBanner::chosen, this, [this, banner = m_identityBanner] {
        const QString name = banner->form()->name();
        const UserRole role = banner->form()->role();
        if (Status status = becomeUser(name, role); !status)
            showError(this, tr("Who You Are"), status.error());
    });
    connect(m_identityBanner->laterButton(), &QPushButton::clicked, this, [this] {
        m_identityPostponed = true;
        updateIdentity();
    });
    m_bannerSlot->show();
}

void MainWindow::dropIdentityBanner()
{
    if (IdentityBanner *old = std::exchange(m_identityBanner, nullptr)) {
        // Later: this may run inside a click on the banner's own button.
        old->hide();
        old->deleteLater();
    }
    m_bannerSlot->hide();
}

Status MainWindow::becomeUser(const QString &name, UserRole role)
{
    Services &services = m_session->services();
    Result<User> user = services.users().claim(name, role);
    if (!user)
        return user.error();
    identity::chooseFor(m_session->path(), user->name);
    services.setActor(user->name);
    m_pages->actorChanged();
    updateIdentity();
    statusBar()->showMessage(
        tr("You are %1 (%2) in this programme.").arg(user->name, displayName(user->role)), 10000);
    return {};
}

void MainWindow::updateTitle()
{
    const QString path = m_session->path();
    setWindowTitle(tr("%1 — Advocate Desk").arg(DatabaseLocation::titleName(path)));
    setWindowFilePath(DatabaseLocation::isServer(path) ? QString() : path);
    m_databaseLabel->setText(tr("Database: %1").arg(DatabaseLocation::shown(path)));
    m_databaseLabel->setToolTip(m_databaseLabel->text());
}

void MainWindow::updateDemoAction()
{
    // The generator only fills an empty database; offering it otherwise would
    // only lead to a refusal.
    const bool empty = m_programmeSize == 0;
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
        reloadPages();
        if (ok)
            statusBar()->showMessage(
                tr("Demo programme loaded: %1").arg(AdvocatesPage::sizeSummary(m_programmeSize)));
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
    clearPages();
    std::unique_ptr<Session> previous = std::exchange(m_session, std::move(session).value());
    m_identityPostponed = false; // another file: who you are there is another question
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
    clearPages();
    std::unique_ptr<Session> previous = std::move(m_session);
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
        this, tr("New Database"),
        QDir(DatabaseLocation::folderFor(m_session->path())).filePath(tr("advocates.sqlite")),
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
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), DatabaseLocation::folderFor(m_session->path()), tr(kFileFilter));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::connectToServer()
{
    ConnectToServerDialog dialog(m_session->path(), this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.address());
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
        // A server cannot be checked without connecting: it is listed, and a
        // failed reconnection says why. An address that does not parse (it
        // could hold a password) is never shown.
        const bool server = DatabaseLocation::isServer(path);
        if (server ? !PostgresUrl::parse(path) : !QFileInfo::exists(path))
            continue;
        m_recentMenu->addAction(DatabaseLocation::shown(path), this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::refresh()
{
    reloadPages();
    statusBar()->showMessage(tr("Refreshed: %1").arg(AdvocatesPage::sizeSummary(m_programmeSize)), 3000);
}

void MainWindow::showAbout()
{
    // The fingerprint a colleague compares before accepting this file's bundles.
    const Result<SyncSignature::Signer> key = SyncSignature(m_session->services().context()).own();
    const QString fonts = FontCoverage::warning(programmeNames());
    const QString fontWarning =
        fonts.isEmpty() ? QString() : QStringLiteral("<p><b>%1</b></p>").arg(fonts.toHtmlEscaped());
    QMessageBox::about(
        this, tr("About Advocate Desk"),
        tr("<h3>Advocate Desk %1</h3>"
           "<p>Run a customer advocacy programme: nominate, nurture, ask without wearing "
           "customers out, thank them, and show the programme's effect.</p>"
           "<p>Database: %2<br>Schema version %3</p>"
           "<p>Sync bundles from this file are signed with the key whose fingerprint is<br><b>%5</b></p>"
           "<p>Licence: MIT. Built with Qt %4.</p>")
                .arg(applicationVersion(), DatabaseLocation::shown(m_session->path()).toHtmlEscaped())
                .arg(m_session->database().schemaVersion())
                .arg(QString::fromLatin1(qVersion()),
                     key ? key->fingerprint : key.error().message.toHtmlEscaped()) +
            fontWarning);
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
    connect(profile, &ProfileWindow::advocateChanged, this, [this] { m_pages->reloadBuilt(); });
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
    dialog.setUndoStack(m_undoStack);
    if (const QString selected = m_pages->selectedAdvocateId(); !selected.isEmpty())
        dialog.startWith(selected);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadPages();
    // "Nominated …" is about the board this goes to: it stays over the page switch.
    const QString said = statusBar()->currentMessage();
    m_pages->showOnNominationBoard(dialog.nominatedAdvocateId());
    if (!said.isEmpty())
        statusBar()->showMessage(said, 10000);
}

void MainWindow::showPageStatus()
{
    // What another page said (a count, "Undone: …") is not about the page now on screen.
    statusBar()->clearMessage();
    if (m_pages->currentPage() == Page::Advocates) {
        if (const AdvocatesPage *advocates = m_pages->builtAdvocates())
            statusBar()->showMessage(advocates->summary());
    }
}

void MainWindow::reportUndoStep(int index)
{
    const int before = std::exchange(m_undoIndex, index);
    if (index > m_undoStack->count() || (index == before - 1 && index >= m_undoStack->count()))
        return; // cleared: the commands are gone
    if (index == before + 1) {
        const auto *record = dynamic_cast<const RecordCommand *>(m_undoStack->command(index - 1));
        if (!record)
            return; // moves and edits speak for themselves on their board or profile
        if (record->lastStep() == RecordCommand::LastStep::Done) {
            statusBar()->showMessage(record->doneMessage(), 10000);
            return;
        }
        if (!record->lastStatus()) {
            showError(this, tr("Redo"), record->lastStatus().error());
            return;
        }
        statusBar()->showMessage(tr("Redone: %1").arg(record->text()), 10000);
    } else if (index == before - 1) {
        const QUndoCommand *command = m_undoStack->command(index);
        const auto *record = dynamic_cast<const RecordCommand *>(command);
        if (record && !record->lastStatus()) {
            showError(this, tr("Undo"), record->lastStatus().error());
            return;
        }
        statusBar()->showMessage(tr("Undone: %1").arg(command->text()), 10000);
        if (!record)
            return;
    } else {
        return; // cleared, or several steps at once (a new file)
    }
    // A record taken back or made again: every view that shows it reads again.
    m_pages->reloadBuilt();
    for (ProfileWindow *open : findChildren<ProfileWindow *>())
        open->reload();
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
