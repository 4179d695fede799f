// GUI figures on one dataset (ADVOCATEDESK_BENCH_DB), on whatever Qt platform
// is set (scripts/bench.sh uses offscreen):
//   gui_bench [benchmark flags]  opening the nomination board: BoardModel load
//                                and the BoardView shown and painted
//   gui_bench --pages            how long building each page takes (where
//                                start-up time goes)
//   gui_bench --tour             open the main window, show the pipeline board
//                                and the advocates page, quit; prints the
//                                process's peak resident memory
#include "BenchDatabase.h"

#include "advocates/AdvocatesPage.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "board/BoardView.h"
#include "board/PipelinePage.h"
#include "feedback/FeedbackPage.h"
#include "myday/MyDayPage.h"
#include "programme/TierReviewPage.h"
#include "requests/RequestsPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUndoStack>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

namespace {

using ad::bench::BenchDatabase;

void paintNow(QWidget &widget)
{
    QApplication::processEvents();
    widget.repaint();
    QApplication::processEvents();
}

void boardOpen(benchmark::State &state)
{
    BenchDatabase &data = BenchDatabase::instance();
    qint64 cards = 0;
    for (auto _ : state) {
        ad::BoardModel model(data.services(), ad::BoardKind::Nomination);
        ad::BoardView view(&model);
        view.resize(1600, 1000);
        view.show();
        paintNow(view);
        cards = 0;
        for (int column = 0; column < model.rowCount(); ++column)
            cards += model.rowCount(model.columnIndex(column));
    }
    state.SetLabel(std::to_string(cards));
}
BENCHMARK(boardOpen)->Unit(benchmark::kMillisecond);

// What a user does first with a big programme: open it, look at the pipeline
// board and the advocates table. Returns the peak resident set in KiB.
int tour()
{
    ad::Result<std::unique_ptr<ad::Session>> session = ad::Session::open(BenchDatabase::instance().path());
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 1;
    }
    {
        ad::MainWindow window(std::move(session).value());
        window.resize(1600, 1000);
        window.show();
        paintNow(window);
        window.showPage(ad::MainWindow::Page::Pipeline);
        window.pipelinePage()->tabs()->setCurrentWidget(window.pipelinePage()->nominationBoard());
        paintNow(window);
        window.showPage(ad::MainWindow::Page::Advocates);
        paintNow(window);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak_rss_kib %ld\n", usage.ru_maxrss);
    return 0;
}

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall-clock and CPU time: on a shared machine the CPU time is the one to trust.
template <typename Build> void timePage(const char *name, Build build)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    std::unique_ptr<QWidget> page(build());
    std::printf("%-16s wall %6lld ms  cpu %8.1f ms\n", name, timer.elapsed(), cpuMs() - cpuStart);
}

int pages()
{
    ad::Services &services = BenchDatabase::instance().services();
    QUndoStack stack;
    timePage("MyDay", [&] { return new ad::MyDayPage(services); });
    timePage("NominationBoard",
             [&] { return new ad::BoardPage(services, ad::BoardKind::Nomination, &stack); });
    timePage("JourneyBoard", [&] { return new ad::BoardPage(services, ad::BoardKind::Journey, &stack); });
    timePage("Advocates", [&] { return new ad::AdvocatesPage(services); });
    timePage("Requests", [&] { return new ad::RequestsPage(services, &stack); });
    timePage("TierReview", [&] { return new ad::TierReviewPage(services); });
    timePage("Feedback", [&] { return new ad::FeedbackPage(services); });
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Column layouts and window geometry stay out of the user's settings.
    QApplication::setOrganizationName(QStringLiteral("AdvocateDeskBench"));
    QApplication::setApplicationName(QStringLiteral("advocatedesk-bench"));
    QStandardPaths::setTestModeEnabled(true);
    if (argc > 1 && std::strcmp(argv[1], "--tour") == 0)
        return tour();
    if (argc > 1 && std::strcmp(argv[1], "--pages") == 0)
        return pages();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
