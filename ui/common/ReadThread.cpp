#include "ReadThread.h"

#include "services/Services.h"
#include "storage/Database.h"
#include "util/Clock.h"

namespace ad {

// Lives on the thread: its connection belongs there, so it is opened there on
// the first job and closed there when the thread ends.
class ReadThread::Worker : public QObject
{
public:
    explicit Worker(const QString &path) : m_path(path) {}

    Reader services(const QDateTime &now, const ProgrammeRules &rules)
    {
        if (!m_services) {
            Result<std::unique_ptr<Database>> opened = Database::open(m_path, Database::Access::ReadOnly);
            if (!opened)
                return opened.error();
            m_db = std::move(opened).value();
            m_services = std::make_unique<Services>(*m_db, m_clock, QString());
        }
        m_clock.set(now);
        m_services->rules() = rules;
        return m_services.get();
    }

private:
    QString m_path;
    FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services; // after m_db: goes first
};

ReadThread::ReadThread(const QString &databasePath, QObject *parent)
    : QObject(parent), m_worker(new Worker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("ReadThread"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ReadThread::~ReadThread()
{
    m_closing->store(true);
    m_thread.quit();
    m_thread.wait();
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
