#include "ReadThread.h"

#include "services/Services.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace ad {

// Lives on the thread: its connection belongs there, so it is opened there on
// the first job and closed there when the thread ends.
class ReadThread::Worker : public QObject
{
public:
    Worker(const QString &path, std::shared_ptr<std::atomic<void *>> connection)
        : m_path(path), m_connection(std::move(connection))
    {
    }

    ~Worker() override { m_connection->store(nullptr); } // before the connection closes

    Reader services(const QDateTime &now, const ProgrammeRules &rules)
    {
        if (!m_services) {
            Result<std::unique_ptr<Database>> opened = Database::open(m_path, Database::Access::ReadOnly);
            if (!opened)
                return opened.error();
            m_db = std::move(opened).value();
            m_services = std::make_unique<Services>(*m_db, m_clock, QString());
            const QVariant handle = m_db->connection().driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                m_connection->store(*static_cast<sqlite3 *const *>(handle.constData()));
        }
        m_clock.set(now);
        m_services->rules() = rules;
        return m_services.get();
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<void *>> m_connection;
    FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services; // after m_db: goes first
};

ReadThread::ReadThread(const QString &databasePath, QObject *parent)
    : QObject(parent), m_worker(new Worker(databasePath, m_connection))
{
    m_thread.setObjectName(QStringLiteral("ReadThread"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ReadThread::~ReadThread()
{
    // Closing the window must not wait for a count over 100,000 advocates.
    m_closing->store(true);
    interrupt();
    m_thread.quit();
    m_thread.wait();
}

void ReadThread::interrupt()
{
    // Safe from another thread while the connection is open; it closes only
    // when the thread ends, after the worker has cleared the pointer.
    if (void *connection = m_connection->load())
        sqlite3_interrupt(static_cast<sqlite3 *>(connection));
}

void ReadThread::run(const QDateTime &now, const ProgrammeRules &rules, std::function<bool()> wanted,
                     std::function<void(const Reader &)> job)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, closing = m_closing, now, rules,
                                         wanted = std::move(wanted), job = std::move(job)] {
        if (closing->load() || (wanted && !wanted()))
            return;
        job(worker->services(now, rules));
    });
}

} // namespace ad
