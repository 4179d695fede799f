#include "SearchIndex.h"

#include "PostgresSearchIndex.h"
#include "SqliteSearchIndex.h"

namespace ad {

const SearchIndex &SearchIndex::forBackend(Backend backend)
{
    static const SqliteSearchIndex sqlite;
    static const PostgresSearchIndex postgres;
    return backend == Backend::Postgres ? static_cast<const SearchIndex &>(postgres) : sqlite;
}

} // namespace ad
