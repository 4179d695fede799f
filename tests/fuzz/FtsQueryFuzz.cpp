// libFuzzer target: anything typed into the search box, turned into an FTS5
// query and run against a real index. A query SQLite rejects is a bug: user text
// must only ever be text.
#include "FuzzSupport.h"

#include "storage/Database.h"
#include "storage/FtsQuery.h"
#include "storage/SqlQuery.h"

#include <QTemporaryDir>

#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <memory>

namespace {

ad::Database &database()
{
    static QTemporaryDir dir;
    static std::unique_ptr<ad::Database> db = [] {
        auto opened = ad::Database::open(dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            __builtin_trap();
        return std::move(opened).value();
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ad::fuzz::ensureApplication();
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString query = ad::ftsPrefixQuery(typed);
    if (query.isEmpty())
        return 0;
    ad::SqlQuery search(database(), QStringLiteral("SELECT count(*) FROM advocate_search WHERE advocate_search MATCH ?"));
    search.bind(query);
    if (ad::Status status = search.exec(); !status) {
        fprintf(stderr, "query rejected: %s\n", qPrintable(status.error().message));
        __builtin_trap();
    }
    return 0;
}
