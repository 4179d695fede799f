#include "DemoDataLoader.h"

#include "shell/Session.h"
#include "storage/Database.h"

#include <QThread>

namespace ad {

DemoDataLoader::DemoDataLoader(const QString &databasePath, const DemoOptions &options, QObject *parent)
    : QObject(parent), m_path(databasePath), m_options(options)
{
}

DemoDataLoader::~DemoDataLoader()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void DemoDataLoader::start()
{
    Q_ASSERT(!m_thread);
    m_cancelRequested = false;
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(m_outcome.ok(), m_outcome.error());
    });
    m_thread->start();
}

void DemoDataLoader::cancel()
{
    m_cancelRequested = true;
}

bool DemoDataLoader::isRunning() const
{
    return m_thread != nullptr;
}

// Runs on the worker thread: everything it opens lives and dies here.
void DemoDataLoader::run()
{
    Result<std::unique_ptr<Database>> database = Database::open(m_path);
    if (!database) {
        m_outcome = database.error();
        return;
    }
    const std::unique_ptr<Clock> clock = Session::clockFromEnvironment();
    DemoGenerator generator(**database, *clock);
    m_outcome = generator.generate(m_options, [this](int done, int total) {
        emit progressed(done, total);
        return !m_cancelRequested.load();
    });
}

} // namespace ad
