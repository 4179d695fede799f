// libFuzzer target: any bytes as a colleague's sync bundle, merged into a real
// database inside a transaction that is rolled back, so every input starts from
// the same file.
#include "FuzzSupport.h"

#include "io/SyncImporter.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

struct Target
{
    QTemporaryDir dir;
    std::unique_ptr<ad::Database> db;
    ad::FixedClock clock{QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<ad::Services> services;
};

Target &target()
{
    static Target *t = [] {
        auto *made = new Target;
        auto opened = ad::Database::open(made->dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            __builtin_trap();
        made->db = std::move(opened).value();
        made->services = std::make_unique<ad::Services>(*made->db, made->clock, QStringLiteral("fuzz"));
        return made;
    }();
    return *t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ad::fuzz::ensureApplication();
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    Target &t = target();
    ad::WriteTransaction outer(*t.db); // never committed: the merge is undone after each input
    static_cast<void>(ad::SyncImporter(t.services->context()).merge(document.object(), QStringLiteral("fuzz.json")));
    return 0;
}
