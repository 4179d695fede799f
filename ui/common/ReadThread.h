#pragma once

#include "rules/ProgrammeRules.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <functional>

namespace ad {

class Services;

// A thread of its own for reads that may take long on a large programme (a
// board's column totals, a day's lists), with its own read-only connection to
// the file: the window keeps painting while they run. Jobs run one at a time,
// in the order posted; each answer comes back on the thread that posted it.
class ReadThread : public QObject
{
    Q_OBJECT

public:
    // Services on the thread, or why the file would not open there.
    using Reader = Result<Services *>;

    explicit ReadThread(const QString &databasePath, QObject *parent = nullptr);
    // Interrupts the job running and drops the queued ones.
    ~ReadThread() override;

    // Stops the statement running there, if any: its job ends with an error. For
    // an owner whose newest question makes the running job pointless.
    void interrupt();

    // Runs `read` there, with services at `now` (the window's clock when asked)
    // and under `rules`; then `done` here with what it returned. `wanted` is
    // asked there first: false skips a job that a newer one made pointless.
    template <typename T>
    void post(const QDateTime &now, const ProgrammeRules &rules, std::function<bool()> wanted,
              std::function<T(const Reader &)> read, std::function<void(const T &)> done)
    {
        run(now, rules, std::move(wanted),
            [this, read = std::move(read), done = std::move(done)](const Reader &reader) {
                T answer = read(reader);
                QMetaObject::invokeMethod(this, [answer = std::move(answer), done] { done(answer); });
            });
    }

private:
    class Worker;
    void run(const QDateTime &now, const ProgrammeRules &rules, std::function<bool()> wanted,
             std::function<void(const Reader &)> job);

    std::shared_ptr<std::atomic<bool>> m_closing = std::make_shared<std::atomic<bool>>(false);
    // The thread's connection as SQLite knows it, once open (the one thing
    // another thread may do with it is interrupt it).
    std::shared_ptr<std::atomic<void *>> m_connection = std::make_shared<std::atomic<void *>>(nullptr);
    QThread m_thread;
    Worker *m_worker;
};

} // namespace ad
