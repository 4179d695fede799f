#include "BoardLoader.h"

#include "services/ServiceContext.h"
#include "storage/Database.h"
#include "util/Clock.h"

namespace ad {

// Lives on the loader's thread: the connection belongs to that thread, so it
// is opened there on the first job and closed there when the thread ends.
class BoardLoader::Worker : public QObject
{
public:
    explicit Worker(const QString &path) : m_path(path) {}

    // The worker's context at `now` (the window's clock when the job was asked for).
    Result<const ServiceContext *> context(const QDateTime &now)
    {
        if (!m_db) {
            Result<std::unique_ptr<Database>> opened = Database::open(m_path, Database::Access::ReadOnly);
            if (!opened)
                return opened.error();
            m_db = std::move(opened).value();
            m_context = std::make_unique<ServiceContext>(ServiceContext{*m_db, m_clock, QString()});
        }
        m_clock.set(now);
        return m_context.get();
    }

private:
    QString m_path;
    FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServiceContext> m_context;
};

namespace {

Result<BoardSnapshot> readSnapshot(const ServiceContext &context, const BoardReader &reader, int pageSize,
                                   const std::atomic<int> &latest, int generation)
{
    BoardSnapshot snapshot;
    Result<QList<BoardColumnTotal>> totals = reader.totals(context);
    if (!totals)
        return totals.error();
    snapshot.totals = *totals;
    Result<QVariant> lookups = reader.lookups(context);
    if (!lookups)
        return lookups.error();
    snapshot.lookups = *lookups;
    snapshot.cards.resize(totals->size());
    for (int column = 0; column < totals->size(); ++column) {
        if (latest.load() != generation)
            return snapshot; // overtaken: nobody will look at it
        if (totals->at(column).count == 0)
            continue;
        Result<QList<BoardItem>> cards = reader.page(context, column, 0, pageSize);
        if (!cards)
            return cards.error();
        snapshot.cards[column] = std::move(cards).value();
    }
    return snapshot;
}

} // namespace

BoardLoader::BoardLoader(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_worker(new Worker(databasePath)), m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("BoardLoader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BoardLoader::~BoardLoader()
{
    m_latest->store(-1); // whatever is queued is stale now
    m_thread.quit();
    m_thread.wait(); // a running query ends within itself; the worker is deleted on its thread
}

void BoardLoader::load(std::shared_ptr<const BoardReader> reader, int pageSize, Loaded done)
{
    const int generation = ++m_generation;
    m_latest->store(generation);
    const QDateTime now = m_clock.now();
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, latest = m_latest, generation, now,
                                         reader = std::move(reader), pageSize, done = std::move(done)] {
        if (latest->load() != generation)
            return;
        Result<const ServiceContext *> context = worker->context(now);
        Result<BoardSnapshot> snapshot =
            context ? readSnapshot(**context, *reader, pageSize, *latest, generation) : context.error();
        // Back on the loader's thread (the window's); the loader outlives its thread.
        QMetaObject::invokeMethod(this, [this, generation, snapshot, done] {
            if (generation == m_generation)
                done(snapshot);
        });
    });
}

void BoardLoader::fetch(std::shared_ptr<const BoardReader> reader, int column, int offset, int limit,
                        Fetched done)
{
    const int generation = m_generation;
    const QDateTime now = m_clock.now();
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, latest = m_latest, generation, now,
                                         reader = std::move(reader), column, offset, limit,
                                         done = std::move(done)] {
        if (latest->load() != generation)
            return;
        Result<const ServiceContext *> context = worker->context(now);
        Result<QList<BoardItem>> cards = context ? reader->page(**context, column, offset, limit)
                                                 : Result<QList<BoardItem>>(context.error());
        QMetaObject::invokeMethod(this, [this, generation, cards, done] {
            if (generation == m_generation)
                done(cards);
        });
    });
}

} // namespace ad
