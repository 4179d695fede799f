#pragma once

#include "kpi/KpiQuery.h"
#include "kpi/KpiResults.h"
#include "rules/ProgrammeRules.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <optional>

namespace ad {

class Clock;

// One dashboard's numbers: the range asked for and the same-length period before it.
struct DashboardResult
{
    KpiQuery query;
    KpiReport current;
    KpiReport previous;
    QString currency; // of the amounts: the programme's, when they were computed
};

// Computes both periods with the KPI engine, for the page and the CLI alike.
Result<DashboardResult> computeDashboard(const class KpiEngine &engine, const KpiQuery &query);

// Recomputes the dashboard on a worker thread with its own connection to the
// same file (a connection belongs to one thread), so the window keeps
// painting on a large programme. Only the newest request is answered: asking
// again while a run is busy queues the new query and drops the busy run's result.
class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    DashboardWorker(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    ~DashboardWorker() override;

    void request(const KpiQuery &query, const ProgrammeRules &rules);
    bool isBusy() const { return m_thread != nullptr; }

signals:
    void computed(const ad::Result<ad::DashboardResult> &outcome);

private:
    void start(const KpiQuery &query, const ProgrammeRules &rules);
    void run(const KpiQuery &query, const ProgrammeRules &rules, const QDateTime &now);

    QString m_path;
    const Clock &m_clock;
    QPointer<QThread> m_thread;
    std::optional<std::pair<KpiQuery, ProgrammeRules>> m_pending;
    Result<DashboardResult> m_outcome = DashboardResult{};
};

} // namespace ad
