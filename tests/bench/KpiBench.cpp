// The full KPI refresh a dashboard runs, on a 1,000-advocate demo programme.
#include "TempDatabase.h"

#include "demo/DemoGenerator.h"
#include "kpi/KpiEngine.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

// One programme for every run: generating it takes far longer than the KPIs.
ad::test::TempDatabase &programme()
{
    static ad::test::TempDatabase temp;
    static const bool filled = [] {
        const ad::Status status = ad::DemoGenerator(temp.db(), temp.clock()).generate({1000, 42});
        if (!status)
            std::fprintf(stderr, "demo failed: %s\n", qPrintable(status.error().message));
        return status.ok();
    }();
    (void)filled;
    return temp;
}

void fullKpiRefresh(benchmark::State &state)
{
    ad::test::TempDatabase &temp = programme();
    const ad::KpiEngine engine(temp.services().context(), temp.services().rules());
    ad::KpiQuery query = engine.defaultQuery();
    query.withIds = state.range(0) != 0;
    for (auto _ : state) {
        ad::Result<ad::KpiReport> report = engine.compute(query);
        if (!report) {
            state.SkipWithError("KPI computation failed");
            break;
        }
        benchmark::DoNotOptimize(report->participation.participants);
    }
}
BENCHMARK(fullKpiRefresh)->Arg(0)->Arg(1)->ArgName("withIds")->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt SQL finds its driver plugins through it
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
