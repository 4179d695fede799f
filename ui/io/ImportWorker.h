#pragma once

#include "io/Importer.h"

#include <QObject>
#include <QPointer>

#include <atomic>

class QThread;

namespace ad {

class Clock;

// Checks (preview) or commits an import on a worker thread with its own
// connection to the same file (a connection belongs to one thread), so the
// wizard keeps painting even for 100,000 rows. The commit is all or nothing: a
// failure or a cancel writes nothing.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &databasePath, const Clock &clock, const QString &actor,
                 QObject *parent = nullptr);
    ~ImportWorker() override;

    enum class Task
    {
        Preview,
        Commit
    };

    void start(Task task, const CsvTable &table, const QString &source, const ImportOptions &options);
    // The task of the last start(): what a finished() outcome is about.
    Task task() const { return m_task; }
    bool isRunning() const;
    // Asks the running commit to stop; it rolls back and finishes with an
    // ErrorKind::Cancelled error. Safe to call from the GUI thread at any time.
    void cancel();

signals:
    // Rows handled so far out of `total` (a commit checks every row, then writes it).
    void progress(int done, int total);
    void finished(const ad::Result<ad::ImportReport> &outcome);

private:
    void run();

    QString m_path;
    const Clock &m_clock;
    QString m_actor;
    CsvTable m_table;
    QString m_source;
    ImportOptions m_options;
    Task m_task = Task::Preview;
    QPointer<QThread> m_thread;
    std::atomic_bool m_cancelRequested = false;
    Result<ImportReport> m_outcome = ImportReport{};
};

} // namespace ad
