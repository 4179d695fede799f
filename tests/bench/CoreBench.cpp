// Core figures on one dataset (ADVOCATEDESK_BENCH_DB): the dashboard's KPI
// refresh, request matching, and the advocate search through our service next
// to the same FTS query through the raw SQLite C API (the baseline).
#include "BenchDatabase.h"

#include "kpi/KpiEngine.h"
#include "kpi/KpiGroups.h"
#include "storage/FtsQuery.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <string>
#include <utility>

namespace {

using ad::bench::BenchDatabase;

// What a user types into the advocates search: a prefix that matches many rows.
QString searchText()
{
    return qEnvironmentVariable("ADVOCATEDESK_BENCH_SEARCH", QStringLiteral("mei"));
}

// The dashboard's refresh: its default range, and no drill-down id lists
// (DashboardPage::query; a drill-down reads its own rows when clicked).
ad::KpiQuery dashboardQuery(const ad::KpiEngine &engine)
{
    ad::KpiQuery query = engine.defaultQuery();
    query.withIds = false;
    return query;
}

void kpiRefresh(benchmark::State &state)
{
    BenchDatabase &data = BenchDatabase::instance();
    const ad::KpiEngine engine(data.services().context(), data.services().rules());
    const ad::KpiQuery query = dashboardQuery(engine);
    for (auto _ : state) {
        ad::Result<ad::KpiReport> report = engine.compute(query);
        if (!report) {
            state.SkipWithError(qPrintable(report.error().message));
            break;
        }
        benchmark::DoNotOptimize(report->participation.participants);
    }
}
BENCHMARK(kpiRefresh)->Unit(benchmark::kMillisecond);

// One KPI group alone, with the same default query: where a refresh spends its time.
void kpiGroup(benchmark::State &state, ad::Status (*group)(const ad::KpiScope &, ad::KpiReport &))
{
    BenchDatabase &data = BenchDatabase::instance();
    const ad::KpiEngine engine(data.services().context(), data.services().rules());
    const ad::KpiScope scope{data.services().context(), data.services().rules(), dashboardQuery(engine), {}};
    for (auto _ : state) {
        ad::KpiReport report;
        if (ad::Status status = group(scope, report); !status) {
            state.SkipWithError(qPrintable(status.error().message));
            break;
        }
        benchmark::DoNotOptimize(report);
    }
}

void registerKpiGroups()
{
    using Group = ad::Status (*)(const ad::KpiScope &, ad::KpiReport &);
    const std::pair<const char *, Group> groups[] = {
        {"nps", &ad::kpi::computeNps},
        {"funnel", &ad::kpi::computeFunnel},
        {"tiers", &ad::kpi::computeTiers},
        {"pipeline", &ad::kpi::computePipeline},
        {"participation", &ad::kpi::computeParticipation},
        {"contributions", &ad::kpi::computeContributions},
        {"askLoad", &ad::kpi::computeAskLoad},
        {"referrals", &ad::kpi::computeReferrals},
        {"revenue", &ad::kpi::computeRevenue},
        {"coverage", &ad::kpi::computeCoverage},
        {"retention", &ad::kpi::computeRetention},
        {"followUpDebt", &ad::kpi::computeFollowUpDebt},
    };
    for (const auto &[name, group] : groups)
        benchmark::RegisterBenchmark((std::string("kpiGroup/") + name).c_str(), kpiGroup, group)
            ->Unit(benchmark::kMillisecond);
}

// My Day's four lists for the whole team, as the page reads them (200 rows each
// and the totals), and each of them alone.
// Not inlined into Google Benchmark's wrapper: scripts/bench-run.sh counts the
// instructions of this function by name.
[[gnu::noinline]] void myDay(benchmark::State &state, int part)
{
    ad::Services &services = BenchDatabase::instance().services();
    constexpr int kRows = 200;
    for (auto _ : state) {
        bool ok = true;
        if (part == 0 || part == 1)
            ok = ok && services.followUps().digest({}, kRows).ok();
        if (part == 0 || part == 2)
            ok = ok && services.myDay().pendingAsks({}, kRows).ok();
        if (part == 0 || part == 3)
            ok = ok && services.myDay().untouched({}, kRows).ok();
        if (part == 0 || part == 4)
            ok = ok && services.myDay().stuckNominations({}, kRows).ok();
        if (!ok) {
            state.SkipWithError("a My Day list failed");
            break;
        }
    }
}
BENCHMARK_CAPTURE(myDay, lists, 0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(myDay, followUps, 1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(myDay, pendingAsks, 2)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(myDay, untouched, 3)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(myDay, stuck, 4)->Unit(benchmark::kMillisecond);

// An open request (the newest "new" or "matching" one): what Match… ranks.
QString openRequestId()
{
    ad::SqlQuery query(BenchDatabase::instance().db(),
                       QStringLiteral("SELECT id FROM requests WHERE status IN ('new', 'matching') "
                                      "ORDER BY opened_on DESC, id LIMIT 1"));
    ad::Result<QVariant> id = ad::scalar(query);
    return id ? id->toString() : QString();
}

void requestMatching(benchmark::State &state)
{
    BenchDatabase &data = BenchDatabase::instance();
    const QString requestId = openRequestId();
    if (requestId.isEmpty()) {
        state.SkipWithError("the dataset has no open request");
        return;
    }
    qint64 candidates = 0;
    for (auto _ : state) {
        ad::Result<ad::MatchResult> result = data.services().matcher().match(requestId);
        if (!result) {
            state.SkipWithError(qPrintable(result.error().message));
            break;
        }
        candidates = result->candidates.size() + result->excluded.size();
        benchmark::DoNotOptimize(candidates);
    }
    state.SetLabel(std::to_string(candidates)); // the pool: candidates and excluded
}
BENCHMARK(requestMatching)->Unit(benchmark::kMillisecond);

void searchService(benchmark::State &state)
{
    BenchDatabase &data = BenchDatabase::instance();
    const QString text = searchText();
    qint64 hits = 0;
    for (auto _ : state) {
        ad::Result<QList<ad::SearchHit>> found = data.services().search().search(text);
        if (!found) {
            state.SkipWithError(qPrintable(found.error().message));
            break;
        }
        hits = found->size();
        benchmark::DoNotOptimize(hits);
    }
    state.SetLabel(std::to_string(hits));
}
BENCHMARK(searchService)->Unit(benchmark::kMicrosecond);

// The baseline: SearchService's statement, word for word, through sqlite3_* on
// its own connection (same cache settings), prepared per search like the service does, every column
// read out as text.
void searchRawSqlite(benchmark::State &state)
{
    const QByteArray path = BenchDatabase::instance().path().toUtf8();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        state.SkipWithError(sqlite3_errmsg(db));
        sqlite3_close(db);
        return;
    }
    // The connection settings Database::open uses: a like-for-like cache.
    sqlite3_exec(db, "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
    const char *sql = "SELECT a.id, a.name, a.email, a.title, acc.name, "
                      " bm25(advocate_search, 10.0, 8.0, 3.0, 4.0, 1.0, 1.0) AS score "
                      "FROM advocate_search "
                      "JOIN advocates a ON a.seq = advocate_search.rowid "
                      "JOIN accounts acc ON acc.id = a.account_id "
                      "WHERE advocate_search MATCH ? ORDER BY score, a.name LIMIT ?";
    const QByteArray match = ad::ftsPrefixQuery(searchText()).toUtf8();
    qint64 hits = 0;
    for (auto _ : state) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            state.SkipWithError(sqlite3_errmsg(db));
            break;
        }
        sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_STATIC);
        sqlite3_bind_int(statement, 2, 50);
        hits = 0;
        std::string row;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            row.clear();
            for (int column = 0; column < 5; ++column)
                if (const unsigned char *text = sqlite3_column_text(statement, column))
                    row += reinterpret_cast<const char *>(text);
            benchmark::DoNotOptimize(sqlite3_column_double(statement, 5));
            benchmark::DoNotOptimize(row.data());
            ++hits;
        }
        sqlite3_finalize(statement);
    }
    state.SetLabel(std::to_string(hits));
    sqlite3_close(db);
}
BENCHMARK(searchRawSqlite)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt SQL finds its driver plugins through it
    registerKpiGroups();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
