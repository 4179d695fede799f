// Linear under abuse: what a hostile input costs grows with its size, not with
// its square. Each pair of arguments is read as a ratio: twice the input
// should take about twice the time (scripts/bench.sh, docs/performance.md).
// These build their own small programmes; no dataset is needed.
#include "demo/DemoGenerator.h"
#include "io/SyncExporter.h"
#include "io/SyncImporter.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

const ad::FixedClock &benchClock()
{
    static const ad::FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
    return clock;
}

// A colleague's bundle holding `notes` notes on one advocate (a bundle of
// 10,000 took 62 s to merge when each note re-read all the others).
QJsonObject notesBundle(const QString &folder, int notes)
{
    auto db = ad::Database::open(folder + QStringLiteral("/source.sqlite"));
    if (!db)
        return {};
    ad::Services services(**db, benchClock(), QStringLiteral("bench"));
    ad::Account account;
    account.name = QStringLiteral("Noted Sdn Bhd");
    const ad::Result<ad::Account> created = services.accounts().create(account);
    ad::Advocate advocate;
    advocate.email = QStringLiteral("noted@bench.example");
    advocate.name = QStringLiteral("Noted Person");
    advocate.accountId = created ? created->id : QString();
    const ad::Result<ad::Advocate> person = services.advocates().create(advocate);
    if (!person)
        return {};
    ad::WriteTransaction transaction(**db);
    for (int i = 0; i < notes; ++i)
        (void)services.advocates().addNote(person->id, QStringLiteral("Call %1 about the renewal and the panel").arg(i));
    (void)transaction.commit();
    const ad::Result<QJsonObject> bundle = ad::SyncExporter(services.context()).build(QString());
    return bundle ? *bundle : QJsonObject();
}

void mergeNotesBundle(benchmark::State &state)
{
    QTemporaryDir folder;
    const QJsonObject bundle = notesBundle(folder.path(), int(state.range(0)));
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto db = ad::Database::open(folder.filePath(QStringLiteral("target-%1.sqlite").arg(round++)));
        ad::Services services(**db, benchClock(), QStringLiteral("bench"));
        // The colleague's key is trusted as a person would after comparing its
        // fingerprint: the first look stops before reading any row.
        const ad::SyncImporter importer(services.context());
        const ad::Result<ad::SyncReport> firstLook = importer.merge(bundle, QStringLiteral("bench.json"));
        ad::SyncDecisions decisions;
        decisions.trustFingerprint = firstLook ? firstLook->signerFingerprint : QString();
        state.ResumeTiming();
        const ad::Result<ad::SyncReport> merged = importer.merge(bundle, QStringLiteral("bench.json"), decisions);
        if (!merged || !merged->merged) {
            state.SkipWithError(merged ? "conflicts" : qPrintable(merged.error().message));
            break;
        }
    }
}
BENCHMARK(mergeNotesBundle)->Arg(5000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);

// A search box given the same words thousands of times (4,000 took minutes on
// 20,000 advocates): against one word, on 2,000 demo advocates.
void searchRepeatedWords(benchmark::State &state)
{
    static QTemporaryDir folder;
    static std::unique_ptr<ad::Database> db = [] {
        auto opened = ad::Database::open(folder.filePath(QStringLiteral("demo.sqlite")));
        (void)ad::DemoGenerator(**opened, benchClock()).generate(ad::DemoOptions{.advocates = 2000});
        return std::move(opened).value();
    }();
    ad::Services services(*db, benchClock(), QStringLiteral("bench"));
    QStringList words;
    for (int i = 0; i < state.range(0); ++i)
        words << QStringLiteral("mei");
    const QString text = words.join(QLatin1Char(' '));
    for (auto _ : state)
        benchmark::DoNotOptimize(services.search().search(text));
}
BENCHMARK(searchRepeatedWords)->Arg(1)->Arg(4000)->Unit(benchmark::kMillisecond);

} // namespace
