#include "PageStack.h"

#include "EmptyFileState.h"
#include "Preferences.h"
#include "Sidebar.h"
#include "advocates/AdvocatesPage.h"
#include "board/BoardPage.h"
#include "board/BoardView.h"
#include "board/PipelinePage.h"
#include "common/Icons.h"
#include "dashboard/DashboardPage.h"
#include "feedback/FeedbackPage.h"
#include "myday/MyDayPage.h"
#include "programme/TierReviewPage.h"
#include "requests/RequestsPage.h"
#include "services/Services.h"

#include <QSignalBlocker>
#include <QTabWidget>

namespace ad {

PageStack::PageStack(Sidebar *sidebar, QUndoStack *undoStack, QWidget *parent)
    : QStackedWidget(parent), m_sidebar(sidebar), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("pages"));
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &QStackedWidget::setCurrentIndex);
}

QString PageStack::title(Page page)
{
    switch (page) {
    case Page::MyDay:
        return tr("My Day");
    case Page::Pipeline:
        return tr("Pipeline");
    case Page::Advocates:
        return tr("Advocates");
    case Page::Requests:
        return tr("Requests");
    case Page::Dashboard:
        return tr("Dashboard");
    case Page::TierReview:
        return tr("Tier Review");
    case Page::Feedback:
        return tr("Feedback");
    }
    return {};
}

void PageStack::clear()
{
    while (QWidget *slot = widget(0)) {
        removeWidget(slot);
        delete slot;
    }
    m_slots.clear();
    m_gates.clear();
    m_services = nullptr;
    m_myDay = nullptr;
    m_pipeline = nullptr;
    m_advocates = nullptr;
    m_requests = nullptr;
    m_dashboard = nullptr;
    m_tiers = nullptr;
    m_feedback = nullptr;
    m_sidebar->clear();
}

void PageStack::rebuild(Services &services, Page start)
{
    clear();
    m_services = &services;
    updateEmptyFile();
    // No slot may be shown while they go in: showing one builds its page.
    const bool wasVisible = isVisible();
    if (wasVisible)
        hide();
    {
        const QSignalBlocker quietSidebar(m_sidebar);
        addPages(services);
        showPage(start);
    }
    if (wasVisible)
        show();
}

void PageStack::addPage(const char *iconName, const QString &title, const QString &toolTip,
                        LazyPage::Builder build)
{
    const auto page = Page(m_slots.size());
    m_gates << nullptr;
    // The page and, in front of it while the file is empty, its empty state.
    auto *slot = new LazyPage(
        [this, page, build = std::move(build)](QWidget *parent) -> QWidget * {
            if (page == Page::Advocates)
                return build(parent);
            auto *gate = new QStackedWidget(parent);
            gate->addWidget(build(gate));
            auto *empty = new EmptyFileState(page, gate);
            connect(empty, &EmptyFileState::loadDemoRequested, this, &PageStack::loadDemoRequested);
            connect(empty, &EmptyFileState::importRequested, this, &PageStack::importRequested);
            connect(empty, &EmptyFileState::nominateRequested, this, &PageStack::nominateRequested);
            gate->addWidget(empty);
            gate->setCurrentIndex(m_emptyFile ? 1 : 0);
            m_gates[int(page)] = gate;
            return gate;
        },
        this);
    // Column widths and splitters the user left, as for the rest of the window.
    connect(slot, &LazyPage::built, this,
            [](QWidget *page) { Preferences::restoreViewState(page, QStringLiteral("mainWindow")); });
    m_slots << slot;
    addWidget(slot);
    m_sidebar->addEntry(themedIcon(iconName), title, toolTip);
}

void PageStack::addPages(Services &services)
{
    addPage("myday", title(Page::MyDay), tr("Follow-ups, answers awaited, advocates to touch"),
            [this, services = &services](QWidget *parent) {
                m_myDay = new MyDayPage(*services, parent);
                m_myDay->setUndoStack(m_undoStack);
                connect(m_myDay, &MyDayPage::advocateActivated, this, &PageStack::advocateActivated);
                connect(m_myDay, &MyDayPage::advocatesChanged, this, &PageStack::reloadBoards);
                connect(m_myDay, &MyDayPage::showOnBoard, this, [this](const QString &advocateId) {
                    showPage(Page::Pipeline);
                    pipeline()->tabs()->setCurrentWidget(m_pipeline->nominationBoard());
                    m_pipeline->nominationBoard()->view()->selectAdvocate(advocateId);
                });
                return m_myDay;
            });
    addPage("pipeline", title(Page::Pipeline), tr("Nomination pipeline and advocacy journey boards"),
            [this, services = &services](QWidget *parent) {
                m_pipeline = new PipelinePage(*services, m_undoStack, parent);
                connect(m_pipeline, &PipelinePage::advocateActivated, this, &PageStack::advocateActivated);
                return m_pipeline;
            });
    addPage("advocates", title(Page::Advocates), tr("Everyone in the programme (Ctrl+F to search)"),
            [this, services = &services](QWidget *parent) {
                m_advocates = new AdvocatesPage(*services, parent);
                connect(m_advocates, &AdvocatesPage::advocateActivated, this, &PageStack::advocateActivated);
                connect(m_advocates, &AdvocatesPage::accountActivated, this, &PageStack::accountActivated);
                connect(m_advocates, &AdvocatesPage::loadDemoRequested, this, &PageStack::loadDemoRequested);
                connect(m_advocates, &AdvocatesPage::importRequested, this, &PageStack::importRequested);
                connect(m_advocates, &AdvocatesPage::summaryChanged, this, [this](const QString &summary) {
                    emit summaryChanged(summary, m_advocates->programmeSize());
                });
                connect(m_advocates, &AdvocatesPage::loadFailed, this, &PageStack::loadFailed);
                return m_advocates;
            });
    addPage("requests", title(Page::Requests), tr("Asks from sales and marketing, matched fairly"),
            [this, services = &services](QWidget *parent) {
                m_requests = new RequestsPage(*services, m_undoStack, parent);
                connect(m_requests, &RequestsPage::advocatesChanged, this, &PageStack::reloadBoards);
                connect(m_requests, &RequestsPage::advocateActivated, this, &PageStack::advocateActivated);
                return m_requests;
            });
    addPage("dashboard", title(Page::Dashboard), tr("Programme KPIs, charts and the programme report"),
            [this, services = &services](QWidget *parent) {
                m_dashboard = new DashboardPage(*services, parent);
                connect(m_dashboard, &DashboardPage::advocateActivated, this, &PageStack::advocateActivated);
                return m_dashboard;
            });
    addPage("tiers", title(Page::TierReview), tr("Approve or override recommended tiers"),
            [this, services = &services](QWidget *parent) {
                m_tiers = new TierReviewPage(*services, parent);
                connect(m_tiers, &TierReviewPage::tiersChanged, this, [this] {
                    if (m_advocates)
                        m_advocates->reload();
                    reloadBoards();
                });
                return m_tiers;
            });
    addPage("feedback", title(Page::Feedback), tr("Voice of the customer: reviews, posts, surveys"),
            [this, services = &services](QWidget *parent) {
                m_feedback = new FeedbackPage(*services, parent);
                m_feedback->setUndoStack(m_undoStack);
                connect(m_feedback, &FeedbackPage::advocateActivated, this, &PageStack::advocateActivated);
                connect(m_feedback, &FeedbackPage::advocateChanged, this, &PageStack::reloadBoards);
                return m_feedback;
            });
}

void PageStack::showPage(Page page)
{
    const int row = int(page);
    m_sidebar->setCurrentRow(row);
    setCurrentIndex(row); // also while the sidebar's signals are blocked
}

void PageStack::showOnNominationBoard(const QString &advocateId)
{
    showPage(Page::Pipeline);
    PipelinePage *boards = pipeline();
    boards->tabs()->setCurrentWidget(boards->nominationBoard());
    boards->nominationBoard()->view()->selectAdvocate(advocateId);
}

QString PageStack::selectedAdvocateId() const
{
    switch (currentPage()) {
    case Page::Advocates:
        return m_advocates ? m_advocates->selectedAdvocateId() : QString();
    case Page::Pipeline:
        return m_pipeline ? m_pipeline->selectedAdvocateId() : QString();
    default:
        return {};
    }
}

QWidget *PageStack::build(Page page)
{
    LazyPage *slot = m_slots.value(int(page));
    return slot ? slot->page() : nullptr;
}

AdvocatesPage *PageStack::advocates()
{
    build(Page::Advocates);
    return m_advocates;
}

PipelinePage *PageStack::pipeline()
{
    build(Page::Pipeline);
    return m_pipeline;
}

FeedbackPage *PageStack::feedback()
{
    build(Page::Feedback);
    return m_feedback;
}

RequestsPage *PageStack::requests()
{
    build(Page::Requests);
    return m_requests;
}

DashboardPage *PageStack::dashboard()
{
    build(Page::Dashboard);
    return m_dashboard;
}

MyDayPage *PageStack::myDay()
{
    build(Page::MyDay);
    return m_myDay;
}

void PageStack::reloadBoards()
{
    if (m_pipeline)
        m_pipeline->reload();
}

void PageStack::updateEmptyFile()
{
    if (!m_services)
        return;
    const Result<int> advocates = m_services->directory().count({});
    m_programmeSize = advocates ? *advocates : 0;
    m_emptyFile = advocates && *advocates == 0;
    for (QStackedWidget *gate : std::as_const(m_gates))
        if (gate)
            gate->setCurrentIndex(m_emptyFile ? 1 : 0);
}

void PageStack::reloadBuilt()
{
    updateEmptyFile();
    if (m_advocates)
        m_advocates->reload();
    reloadBoards();
    if (m_feedback)
        m_feedback->reload();
    if (m_requests)
        m_requests->reload();
    if (m_myDay)
        m_myDay->reload();
    if (m_dashboard)
        m_dashboard->reload();
}

void PageStack::actorChanged()
{
    if (m_tiers)
        m_tiers->reload(false);
    if (m_myDay)
        m_myDay->reload();
}

} // namespace ad
