#pragma once

#include "BoardSource.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace ad {

class Clock;

// Reads boards on a thread of its own, over its own read-only connection to the
// file, so that opening a board of 50,000 cards never holds up the window: it
// paints at once and the cards arrive when they have been read. Jobs run one
// at a time in the order asked; a load overtaken by a newer one is skipped,
// and its answer (and those of its fetches) is dropped.
class BoardLoader : public QObject
{
    Q_OBJECT

public:
    using Loaded = std::function<void(const Result<BoardSnapshot> &snapshot)>;
    using Fetched = std::function<void(const Result<QList<BoardItem>> &cards)>;

    BoardLoader(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    ~BoardLoader() override;

    // The totals, the lookups and the first `pageSize` cards of every column.
    // `done` runs on this object's thread, unless a newer load() came first.
    void load(std::shared_ptr<const BoardReader> reader, int pageSize, Loaded done);
    // More cards of one column for the newest load.
    void fetch(std::shared_ptr<const BoardReader> reader, int column, int offset, int limit, Fetched done);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker;
    const Clock &m_clock;
    int m_generation = 0;
    // The newest load, as the worker sees it: it skips jobs of older ones.
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
};

} // namespace ad
