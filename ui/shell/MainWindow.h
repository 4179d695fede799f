#pragma once

#include <QMainWindow>

#include "PageStack.h"
#include "domain/Enums.h"
#include "util/Result.h"

#include <functional>
#include <memory>

class QLabel;
class QProgressDialog;
class QUndoStack;

namespace ad {

class AdvocatesPage;
class MyDayPage;
class RequestsPage;
class DashboardPage;
class FeedbackPage;
class PipelinePage;
class ProfileWindow;
class AccountWindow;
class DemoDataLoader;
class IdentityBanner;
class Session;
class Sidebar;

// The frame: sidebar navigation, toolbar, menus and status bar around the
// pages. It owns the open database session; the pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Session> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    using Page = PageStack::Page;

    Session &session() const { return *m_session; }
    // Pages are built when first shown; these build one when asked for it.
    AdvocatesPage *advocatesPage() { return m_pages->advocates(); }
    PipelinePage *pipelinePage() { return m_pages->pipeline(); }
    FeedbackPage *feedbackPage() { return m_pages->feedback(); }
    RequestsPage *requestsPage() { return m_pages->requests(); }
    DashboardPage *dashboardPage() { return m_pages->dashboard(); }
    MyDayPage *myDayPage() { return m_pages->myDay(); }
    // Shows a page, as choosing it in the sidebar does.
    void showPage(Page page) { m_pages->showPage(page); }
    // Reloads the pages built so far (the data changed underneath them).
    void reloadPages();
    QUndoStack *undoStack() const { return m_undoStack; }
    DemoDataLoader *demoLoader() const { return m_demoLoader; }

    // Starts filling the (empty) database with `advocates` demo advocates in
    // the background; the pages reload when it is done.
    void loadDemoData(int advocates);
    // Replaces the open database; a refused file leaves the current one open.
    bool openDatabase(const QString &path);
    // Closes the open file, lets `change` replace it on disk (a restore), then
    // opens it again; returns what `change` returned.
    Status reopenAfter(const std::function<Status(const QString &path)> &change);
    // Opens (or raises) the profile window of an advocate.
    ProfileWindow *openProfile(const QString &advocateId);
    AccountWindow *openAccount(const QString &accountId);
    // The person at the keyboard says who they are in this programme: a user
    // of it (created when new, given `role`), remembered for this file, named
    // by every change from now on. A refusal changes nothing.
    Status becomeUser(const QString &name, UserRole role);
    // Shown while Advocate Desk does not know who works on this file.
    IdentityBanner *identityBanner() const { return m_identityBanner; }

signals:
    // A demo load ended (ok or not) and the pages show the outcome.
    void demoLoadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void clearPages();
    void buildPages();
    void updateTitle();
    void updateDemoAction();
    void chooseDemoSize();
    void newDatabase();
    void openDatabaseDialog();
    void connectToServer();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void showAbout();
    // Names from the programme, to know which scripts its fonts must show.
    QStringList programmeNames() const;
    void refresh();
    void closeProfiles();
    // Says in the status bar what the step of the undo stack to `index` did,
    // and shows every open view the data after an undone or redone record.
    void reportUndoStep(int index);
    void nominate();
    // The status bar's "You:" and the first-start banner, for the session's actor.
    void updateIdentity();
    void dropIdentityBanner();
    // The status bar as the page now on screen has it: its own summary, or nothing.
    void showPageStatus();

    std::unique_ptr<Session> m_session;
    Sidebar *m_sidebar;
    QLabel *m_databaseLabel;
    QLabel *m_identityLabel;
    IdentityBanner *m_identityBanner = nullptr;
    QWidget *m_bannerSlot = nullptr;
    bool m_identityPostponed = false; // "Not Now" until another file opens
    QUndoStack *m_undoStack;
    int m_undoIndex = 0; // the stack's index before its last change
    PageStack *m_pages;
    int m_programmeSize = 0; // advocates in the file: an empty one offers demo data
    QMenu *m_recentMenu = nullptr;
    QAction *m_loadDemoAction = nullptr;
    DemoDataLoader *m_demoLoader = nullptr;
    QProgressDialog *m_demoProgress = nullptr;
};

} // namespace ad
