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
#include "requests/MatchDialog.h"
#include "requests/RequestsPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/SqlQuery.h"

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

// The board's cards arrive from its loader thread: wait for them.
void waitForCards(ad::BoardModel &model)
{
    while (!model.hasLoaded() || model.isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

qint64 cardsOn(const ad::BoardModel &model)
{
    qint64 cards = 0;
    for (int column = 0; column < model.rowCount(); ++column)
        cards += model.columnIndex(column).data(ad::BoardModel::CountRole).toLongLong();
    return cards;
}

void boardOpen(benchmark::State &state)
{
    BenchDatabase &data = BenchDatabase::instance();
    qint64 cards = 0;
    for (auto _ : state) {
        // What opening the board costs until its cards are on screen: the
        // view, the loader's totals and first pages, and the paint.
        ad::BoardModel model(data.services(), ad::BoardKind::Nomination);
        ad::BoardView view(&model);
        view.resize(1600, 1000);
        view.show();
        model.reload();
        waitForCards(model);
        paintNow(view);
        cards = cardsOn(model);
    }
    state.SetLabel(std::to_string(cards)); // every card the columns count, not only those read
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
        waitForCards(*window.pipelinePage()->nominationBoard()->model());
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

// Wall-clock and CPU time (of the whole process: loader threads included)
// from building a page to its first paint, and, for a board, until its cards
// are in. On a shared machine the CPU time is the one to trust.
template <typename Build> void timePage(const char *name, Build build)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    std::unique_ptr<QWidget> page(build());
    page->resize(1600, 1000);
    page->show();
    paintNow(*page);
    const qint64 shown = timer.elapsed();
    if (auto *board = qobject_cast<ad::BoardPage *>(page.get()))
        waitForCards(*board->model());
    if (auto *day = qobject_cast<ad::MyDayPage *>(page.get()))
        while (day->isLoading())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (auto *match = qobject_cast<ad::MatchDialog *>(page.get()))
        while (match->isLoading())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    paintNow(*page);
    std::printf("%-16s painted %5lld ms  complete %5lld ms  cpu %7.1f ms\n", name, shown, timer.elapsed(),
                cpuMs() - cpuStart);
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
    // Match… on the newest open request: the whole pool ranked and listed.
    ad::SqlQuery open(BenchDatabase::instance().db(),
                      QStringLiteral("SELECT id FROM requests WHERE status IN ('new', 'matching') "
                                     "ORDER BY opened_on DESC, id LIMIT 1"));
    if (ad::Result<QVariant> request = ad::scalar(open); request && !request->isNull())
        timePage("MatchDialog", [&] { return new ad::MatchDialog(services, request->toString()); });
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
