#include "DashboardWorker.h"

#include "kpi/KpiEngine.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QThread>

namespace ad {

Result<DashboardResult> computeDashboard(const KpiEngine &engine, const KpiQuery &query)
{
    Result<KpiReport> current = engine.compute(query);
    if (!current)
        return current.error();
    Result<KpiReport> previous = engine.compute(previousPeriodOf(query));
    if (!previous)
        return previous.error();
    return DashboardResult{query, *current, *previous, engine.rules().currency};
}

DashboardWorker::DashboardWorker(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_path(databasePath), m_clock(clock)
{
}

DashboardWorker::~DashboardWorker()
{
    m_pending.reset();
    if (m_thread)
        m_thread->wait(); // a KPI run cannot be interrupted; it ends within its queries
}

void DashboardWorker::request(const KpiQuery &query, const ProgrammeRules &rules)
{
    if (m_thread) {
        m_pending = std::pair{query, rules};
        return;
    }
    start(query, rules);
}

void DashboardWorker::start(const KpiQuery &query, const ProgrammeRules &rules)
{
    // The run reads "now" from a frozen copy: the session's clock may be gone
    // before the thread ends (the window closing while a run is still busy).
    const QDateTime now = m_clock.now();
    m_thread = QThread::create([this, query, rules, now] { run(query, rules, now); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_pending) {
            // A newer question came in while this one ran: its answer is stale.
            const auto [query, rules] = *m_pending;
            m_pending.reset();
            start(query, rules);
            return;
        }
        emit computed(m_outcome);
    });
    m_thread->start();
}

// Runs on the worker thread: the connection and services it opens live and die here.
void DashboardWorker::run(const KpiQuery &query, const ProgrammeRules &rules, const QDateTime &now)
{
    Result<std::unique_ptr<Database>> database = Database::open(m_path);
    if (!database) {
        m_outcome = database.error();
        return;
    }
    const FixedClock clock(now);
    Services services(**database, clock, QString());
    services.rules() = rules;
    m_outcome = computeDashboard(KpiEngine(services.context(), services.rules()), query);
}

} // namespace ad
