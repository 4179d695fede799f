// The window and advocatedesk-cli on one file at the same time, as the README
// promises: the real CLI binary runs between the window's undoable edits while
// one kind of the window's background connections is at work, and every edit
// must be in the file as another program reads it, then and after the window
// closes. (Closing any descriptor of the file drops the window's locks; the CLI
// then thinks it is the last user and deletes the log the window writes to.)
#include "../cli/CliFixture.h"
#include "BoardWait.h"
#include "ProcessFiles.h"
#include "board/BoardPage.h"
#include "board/PipelinePage.h"
#include "dashboard/DashboardPage.h"
#include "io/CsvReader.h"
#include "io/ImportWorker.h"
#include "myday/MyDayPage.h"
#include "profile/EditAdvocateCommand.h"
#include "programme/TierReviewPage.h"
#include "requests/MatchDialog.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QFile>
#include <QFileInfo>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

// Each kind of thread in the window that opens its own connection to the file.
enum class Connection
{
    BoardLoader,
    MyDay,
    DashboardWorker,
    ImportWorker,
    TierReview,
    MatchRanking
};

std::string connectionName(const ::testing::TestParamInfo<Connection> &info)
{
    switch (info.param) {
    case Connection::BoardLoader:
        return "BoardLoader";
    case Connection::MyDay:
        return "MyDay";
    case Connection::DashboardWorker:
        return "DashboardWorker";
    case Connection::ImportWorker:
        return "ImportWorker";
    case Connection::TierReview:
        return "TierReview";
    case Connection::MatchRanking:
        return "MatchRanking";
    }
    return "unknown";
}

class SharedFileTest : public test::CliFixture, public ::testing::WithParamInterface<Connection>
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(makeDemo(database(), 40, 11));
        email = firstAdvocateEmail(database());
        const test::CliResult request =
            runOn(database(), {QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--activity"),
                               QStringLiteral("Reference call"), QStringLiteral("--requester"),
                               QStringLiteral("Sam (AE)")});
        ASSERT_EQ(request.exitCode, 0) << test::describe(request);
        requestId = request.out.trimmed().split(QLatin1Char(' ')).last();
        Result<std::unique_ptr<Session>> session = Session::open(database());
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        window = std::make_unique<MainWindow>(std::move(session).value());
        window->show();
    }

    void TearDown() override { window.reset(); }

    Services &services() { return window->session().services(); }

    // Puts this test's kind of connection to work and waits until it is done.
    void runConnection(int round)
    {
        switch (GetParam()) {
        case Connection::BoardLoader: {
            window->showPage(MainWindow::Page::Pipeline);
            BoardModel *model = window->pipelinePage()->nominationBoard()->model();
            ASSERT_TRUE(test::reloadBoard(*model));
            break;
        }
        case Connection::MyDay: {
            window->showPage(MainWindow::Page::MyDay);
            MyDayPage *page = window->myDayPage();
            page->reload();
            ASSERT_TRUE(QTest::qWaitFor([page] { return !page->isLoading(); }, 30000));
            break;
        }
        case Connection::DashboardWorker: {
            window->showPage(MainWindow::Page::Dashboard);
            DashboardPage *page = window->dashboardPage();
            QSignalSpy shown(page, &DashboardPage::shownChanged);
            page->reload();
            ASSERT_TRUE(shown.wait(60000));
            break;
        }
        case Connection::ImportWorker: {
            const QByteArray csv = QStringLiteral("email,name,account,title\nround%1@shared.example,Round %1,"
                                                  "Shared Account,Tester\n")
                                       .arg(round)
                                       .toUtf8();
            Result<CsvTable> table = CsvReader::parse(csv, QStringLiteral("round.csv"));
            ASSERT_TRUE(table.ok());
            ImportWorker worker(database(), window->session().clock(), QStringLiteral("tester"));
            std::optional<Result<ImportReport>> outcome;
            QObject::connect(&worker, &ImportWorker::finished,
                             [&outcome](const Result<ImportReport> &report) { outcome = report; });
            worker.start(ImportWorker::Task::Commit, *table, QStringLiteral("round.csv"), ImportOptions{});
            ASSERT_TRUE(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 60000));
            ASSERT_TRUE(outcome->ok()) << outcome->error().message.toStdString();
            ++imported;
            break;
        }
        case Connection::TierReview: {
            window->showPage(MainWindow::Page::TierReview);
            auto *page = window->findChild<TierReviewPage *>();
            ASSERT_NE(page, nullptr);
            ASSERT_TRUE(QTest::qWaitFor([page] { return !page->isRecomputing(); }, 60000));
            QSignalSpy recomputed(page, &TierReviewPage::recomputed);
            page->recomputeInBackground();
            ASSERT_TRUE(recomputed.wait(60000));
            break;
        }
        case Connection::MatchRanking: {
            MatchDialog dialog(services(), requestId, window.get());
            dialog.show();
            ASSERT_TRUE(QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 30000));
            break;
        }
        }
    }

    // An undoable edit as the profile makes it, on the window's undo stack.
    void editTitle(const QString &title)
    {
        Result<std::optional<Advocate>> found = services().advocates().findByEmail(email);
        ASSERT_TRUE(found.ok() && found->has_value());
        Advocate after = **found;
        after.title = title;
        auto command = EditAdvocateCommand::perform(services(), **found, after, QStringLiteral("title"), {});
        ASSERT_TRUE(command.ok()) << command.error().message.toStdString();
        window->undoStack()->push(command->release());
    }

    // The title as another program reads it from the file.
    QString titleOnDisk()
    {
        const test::CliResult shown = runOn(database(), {QStringLiteral("advocate"), QStringLiteral("show"),
                                                         email, QStringLiteral("--json")});
        EXPECT_EQ(shown.exitCode, 0) << test::describe(shown);
        const QJsonObject advocate =
            QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("advocate")).toObject();
        return advocate.value(QStringLiteral("title")).toString();
    }

    QString email;
    QString requestId;
    int imported = 0;
    std::unique_ptr<MainWindow> window;
};

TEST_P(SharedFileTest, EveryEditOfTheWindowReachesTheFileWhileTheCliComesAndGoes)
{
    const QString csv = path(QStringLiteral("more.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("email,name,account,title\nextra@shared.example,Extra Person,Shared Account,Buyer\n");
    }
    const QList<QStringList> commands = {
        {QStringLiteral("stats")},
        {QStringLiteral("search"), QStringLiteral("a")},
        {QStringLiteral("import"), QStringLiteral("advocates"), csv},
        {QStringLiteral("backup")},
        {QStringLiteral("sync-export"), QStringLiteral("--out"), path(QStringLiteral("bundle.json"))},
    };
    ASSERT_NO_FATAL_FAILURE(runConnection(0));
    QString expected;
    for (int round = 0; round < commands.size(); ++round) {
        const test::CliResult cli = runOn(database(), commands.at(round));
        ASSERT_EQ(cli.exitCode, 0) << test::describe(cli);

        expected = QStringLiteral("Edited after %1").arg(commands.at(round).first());
        ASSERT_NO_FATAL_FAILURE(editTitle(expected));
        if (round % 2 == 1) { // Undo and Redo write too
            window->undoStack()->undo();
            window->undoStack()->redo();
        }
        ASSERT_NO_FATAL_FAILURE(runConnection(round + 1));
        EXPECT_EQ(titleOnDisk().toStdString(), expected.toStdString())
            << "after `" << commands.at(round).join(QLatin1Char(' ')).toStdString()
            << "` the window's edit did not reach the file";
        EXPECT_TRUE(test::holdsLockOn(database())) << "the window lost its locks on the file";
        EXPECT_EQ(test::deletedCompanionsOf(database()), QStringList())
            << "the window writes to a log another program deleted";
    }

    const test::CliResult check = runOn(database(), {QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << test::describe(check);

    window.reset(); // quit
    // The window's own connection closed last and folded the log into the
    // file: copying the .sqlite alone copies the whole programme.
    EXPECT_FALSE(QFileInfo::exists(database() + QStringLiteral("-wal")));
    EXPECT_EQ(titleOnDisk().toStdString(), expected.toStdString());
    const test::CliResult stats = runOn(database(), {QStringLiteral("stats"), QStringLiteral("--json")});
    const int advocates =
        QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("advocates")).toInt();
    EXPECT_EQ(advocates, 40 + 1 + imported); // the demo, the CLI's import and the window's imports
}

INSTANTIATE_TEST_SUITE_P(EachBackgroundConnection, SharedFileTest,
                         ::testing::Values(Connection::BoardLoader, Connection::MyDay,
                                           Connection::DashboardWorker, Connection::ImportWorker,
                                           Connection::TierReview, Connection::MatchRanking),
                         connectionName);

} // namespace
