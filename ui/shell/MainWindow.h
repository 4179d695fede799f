#pragma once

#include <QMainWindow>

#include "util/Result.h"

#include <functional>
#include <memory>

class QLabel;
class QProgressDialog;
class QStackedWidget;
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

    Session &session() const { return *m_session; }
    AdvocatesPage *advocatesPage() const { return m_advocates; }
    PipelinePage *pipelinePage() const { return m_pipeline; }
    FeedbackPage *feedbackPage() const { return m_feedback; }
    RequestsPage *requestsPage() const { return m_requests; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    MyDayPage *myDayPage() const { return m_myDay; }
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

signals:
    // A demo load ended (ok or not) and the pages show the outcome.
    void demoLoadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void buildPages();
    void updateTitle();
    void updateDemoAction();
    void chooseDemoSize();
    void newDatabase();
    void openDatabaseDialog();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void showAbout();
    void refresh();
    void closeProfiles();
    void nominate();

    std::unique_ptr<Session> m_session;
    Sidebar *m_sidebar;
    QStackedWidget *m_pages;
    AdvocatesPage *m_advocates = nullptr;
    PipelinePage *m_pipeline = nullptr;
    FeedbackPage *m_feedback = nullptr;
    RequestsPage *m_requests = nullptr;
    DashboardPage *m_dashboard = nullptr;
    MyDayPage *m_myDay = nullptr;
    QLabel *m_databaseLabel;
    QUndoStack *m_undoStack;
    QMenu *m_recentMenu = nullptr;
    QAction *m_loadDemoAction = nullptr;
    DemoDataLoader *m_demoLoader = nullptr;
    QProgressDialog *m_demoProgress = nullptr;
};

} // namespace ad
