#include "ImportWorker.h"

#include "storage/Database.h"

#include <QThread>

namespace ad {

ImportWorker::ImportWorker(const QString &databasePath, const Clock &clock, const QString &actor,
                           QObject *parent)
    : QObject(parent), m_path(databasePath), m_clock(clock), m_actor(actor)
{
}

ImportWorker::~ImportWorker()
{
    // Stop at the next step and wait: the transaction rolls back on its thread.
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportWorker::start(Task task, const CsvTable &table, const QString &source, const ImportOptions &options)
{
    Q_ASSERT(!m_thread);
    m_task = task;
    m_table = table;
    m_source = source;
    m_options = options;
    m_cancelRequested = false;
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(m_outcome);
    });
    m_thread->start();
}

bool ImportWorker::isRunning() const
{
    return m_thread != nullptr;
}

void ImportWorker::cancel()
{
    m_cancelRequested = true;
}

// Runs on the worker thread: the connection it opens lives and dies here.
void ImportWorker::run()
{
    Result<std::unique_ptr<Database>> database = Database::open(m_path);
    if (!database) {
        m_outcome = database.error();
        return;
    }
    const ServiceContext context{**database, m_clock, m_actor};
    // Emitted from this thread, the signal is queued to the wizard's thread.
    const ImportProgress progress = [this](int done, int total) {
        emit this->progress(done, total);
        return !m_cancelRequested.load();
    };
    const Importer importer(context);
    m_outcome = m_task == Task::Commit ? importer.commit(m_table, m_source, m_options, progress)
                                       : importer.preview(m_table, m_source, m_options, progress);
}

} // namespace ad
