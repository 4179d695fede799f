#pragma once

#include "demo/DemoGenerator.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

#include <atomic>

class QThread;

namespace ad {

// Fills a database with the demo programme on a worker thread, with its own
// connection (a connection belongs to one thread), so the window keeps
// painting and the user can cancel. A cancelled run writes nothing.
class DemoDataLoader : public QObject
{
    Q_OBJECT

public:
    DemoDataLoader(const QString &databasePath, const DemoOptions &options, QObject *parent = nullptr);
    ~DemoDataLoader() override;

    void start();
    // Asks the worker to stop at its next progress report; finished() follows.
    void cancel();
    bool isRunning() const;

signals:
    void progressed(int done, int total);
    // ok: the rows are committed; otherwise `error` says why (kind Cancelled if asked to stop).
    void finished(bool ok, const ad::Error &error);

private:
    void run();

    QString m_path;
    DemoOptions m_options;
    std::atomic<bool> m_cancelRequested{false};
    QPointer<QThread> m_thread;
    Status m_outcome;
};

} // namespace ad
