#include "BoardLoader.h"

#include "services/Services.h"
#include "storage/Database.h"

namespace ad {

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

BoardLoader::BoardLoader(Services &services, QObject *parent)
    : QObject(parent), m_services(services), m_thread(services.database().path())
{
}

BoardLoader::~BoardLoader()
{
    m_latest->store(-1); // a job between two of its queries stops there
}

void BoardLoader::load(std::shared_ptr<const BoardReader> reader, int pageSize, Loaded done)
{
    const int generation = ++m_generation;
    m_latest->store(generation);
    // Whatever runs there now was asked for by an older load: stop it.
    m_thread.interrupt();
    m_thread.post<Result<BoardSnapshot>>(
        m_services.clock().now(), m_services.rules(),
        [latest = m_latest, generation] { return latest->load() == generation; },
        [latest = m_latest, generation, reader = std::move(reader),
         pageSize](const ReadThread::Reader &services) {
            if (!services)
                return Result<BoardSnapshot>(services.error());
            return readSnapshot((*services)->context(), *reader, pageSize, *latest, generation);
        },
        [this, generation, done = std::move(done)](const Result<BoardSnapshot> &snapshot) {
            if (generation == m_generation)
                done(snapshot);
        });
}

void BoardLoader::fetch(std::shared_ptr<const BoardReader> reader, int column, int offset, int limit,
                        Fetched done)
{
    const int generation = m_generation;
    m_thread.post<Result<QList<BoardItem>>>(
        m_services.clock().now(), m_services.rules(),
        [latest = m_latest, generation] { return latest->load() == generation; },
        [reader = std::move(reader), column, offset, limit](const ReadThread::Reader &services) {
            if (!services)
                return Result<QList<BoardItem>>(services.error());
            return reader->page((*services)->context(), column, offset, limit);
        },
        [this, generation, done = std::move(done)](const Result<QList<BoardItem>> &cards) {
            if (generation == m_generation)
                done(cards);
        });
}

} // namespace ad
