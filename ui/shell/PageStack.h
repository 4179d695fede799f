#pragma once

#include "common/LazyPage.h"

#include <QStackedWidget>

class QUndoStack;

namespace ad {

class AdvocatesPage;
class DashboardPage;
class FeedbackPage;
class MyDayPage;
class PipelinePage;
class RequestsPage;
class Services;
class Sidebar;
class TierReviewPage;

// The main window's pages behind its sidebar, and what they tell each other
// (a change on one page reloads the boards). Each page is built the first
// time it is shown or asked for: opening a file builds only the one on screen.
class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    // The sidebar's pages, in its order.
    enum class Page
    {
        MyDay,
        Pipeline,
        Advocates,
        Requests,
        Dashboard,
        TierReview,
        Feedback
    };

    PageStack(Sidebar *sidebar, QUndoStack *undoStack, QWidget *parent = nullptr);

    // The page's name, as the sidebar and the View menu show it.
    static QString title(Page page);
    static constexpr int kPageCount = int(Page::Feedback) + 1;

    // Unbuilt pages over these services (one sidebar entry each), `start` on screen.
    void rebuild(Services &services, Page start);
    // No pages: they refer to services about to go.
    void clear();
    void showPage(Page page);
    Page currentPage() const { return Page(qMax(0, currentIndex())); }
    // The advocate selected on the page on screen (a row, a card); empty when none is.
    QString selectedAdvocateId() const;
    // The pipeline page with this advocate's card selected on the nomination board.
    void showOnNominationBoard(const QString &advocateId);

    // These build the page when it was not yet.
    AdvocatesPage *advocates();
    PipelinePage *pipeline();
    FeedbackPage *feedback();
    RequestsPage *requests();
    DashboardPage *dashboard();
    MyDayPage *myDay();
    AdvocatesPage *builtAdvocates() const { return m_advocates; } // nullptr until built

    // Reloads the pages built so far; the others read fresh data when built.
    // Advocates in the file, as counted at the last rebuild or reload (an
    // empty file's pages show what to do first).
    int programmeSize() const { return m_programmeSize; }
    void reloadBuilt();
    void reloadBoards();
    // Someone else is at the keyboard: the pages that depend on who acts
    // (what they may decide, their own work) show it.
    void actorChanged();

signals:
    void advocateActivated(const QString &advocateId);
    void accountActivated(const QString &accountId);
    void loadDemoRequested();
    void importRequested();
    void nominateRequested();
    // The advocates page counted the programme again.
    void summaryChanged(const QString &summary, int programmeSize);
    void loadFailed(const QString &message);

private:
    void addPage(const char *iconName, const QString &title, const QString &toolTip, LazyPage::Builder build);
    void addPages(Services &services);
    QWidget *build(Page page);
    // Counts the file's advocates again; while there are none, each page (but
    // Advocates, which has its own) shows what it is for and how to fill it.
    void updateEmptyFile();

    Services *m_services = nullptr;
    int m_programmeSize = 0;
    bool m_emptyFile = false;
    // Per page: the page and its empty state, once built (nullptr until then).
    QList<QStackedWidget *> m_gates;

    Sidebar *m_sidebar;
    QUndoStack *m_undoStack;
    QList<LazyPage *> m_slots; // one per Page
    MyDayPage *m_myDay = nullptr;
    PipelinePage *m_pipeline = nullptr;
    AdvocatesPage *m_advocates = nullptr;
    RequestsPage *m_requests = nullptr;
    DashboardPage *m_dashboard = nullptr;
    TierReviewPage *m_tiers = nullptr;
    FeedbackPage *m_feedback = nullptr;
};

} // namespace ad
