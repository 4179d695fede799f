#pragma once

#include "BoardSource.h"
#include "common/ReadThread.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace ad {

class Services;

// Reads a board on a ReadThread, so that opening a board of 50,000 cards never
// holds up the window: it paints at once and the cards arrive when they have
// been read. A load overtaken by a newer one is skipped, and its answer (and
// those of its fetches) dropped.
class BoardLoader : public QObject
{
    Q_OBJECT

public:
    using Loaded = std::function<void(const Result<BoardSnapshot> &snapshot)>;
    using Fetched = std::function<void(const Result<QList<BoardItem>> &cards)>;

    explicit BoardLoader(Services &services, QObject *parent = nullptr);
    ~BoardLoader() override;

    // The totals, the lookups and the first `pageSize` cards of every column.
    // `done` runs on this object's thread, unless a newer load() came first.
    void load(std::shared_ptr<const BoardReader> reader, int pageSize, Loaded done);
    // More cards of one column for the newest load.
    void fetch(std::shared_ptr<const BoardReader> reader, int column, int offset, int limit, Fetched done);

private:
    Services &m_services; // the window's: its clock and rules go with each job
    ReadThread m_thread;
    int m_generation = 0;
    // The newest load, as the thread sees it: it skips jobs of older ones.
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
};

} // namespace ad
