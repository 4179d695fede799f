#include "shell/MainWindow.h"
#include "TempDatabase.h"
#include "advocates/AdvocateTableModel.h"
#include "advocates/AdvocatesPage.h"
#include "board/PipelinePage.h"
#include "common/ErrorMessage.h"
#include "common/SearchField.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoDataLoader.h"
#include "demo/DemoGenerator.h"
#include "myday/MyDayPage.h"
#include "profile/ProfileWindow.h"
#include "requests/RequestDetailPanel.h"
#include "requests/RequestsModel.h"
#include "requests/RequestsPage.h"
#include "shell/Session.h"

#include <QAction>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

std::unique_ptr<MainWindow> openWindow(const QString &path)
{
    Result<std::unique_ptr<Session>> session = Session::open(path);
    EXPECT_TRUE(session.ok()) << session.error().message.toStdString();
    if (!session)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(session).value());
    window->resize(1280, 800);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

// Clicks "Advocates" in the sidebar, as a user would.
void showAdvocates(MainWindow *window)
{
    auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    const QList<QListWidgetItem *> items = sidebar->findItems(QStringLiteral("Advocates"), Qt::MatchExactly);
    ASSERT_EQ(items.size(), 1);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(items.first()).center());
    ASSERT_TRUE(window->advocatesPage()->isVisible());
}

void fillWithDemo(const QString &path, int advocates)
{
    test::TempDatabase scratch; // only for its clock; write to `path` on our own connection
    Result<std::unique_ptr<Database>> db = Database::open(path);
    ASSERT_TRUE(db.ok());
    DemoGenerator generator(**db, scratch.clock());
    ASSERT_TRUE(generator.generate(DemoOptions{advocates, 5}).ok());
}

class MainWindowTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("window.sqlite"));
};

TEST_F(MainWindowTest, FiltersTheAdvocatesAsTheUserTypesInTheSearchBox)
{
    fillWithDemo(path, 300);
    auto window = openWindow(path);
    ASSERT_TRUE(window);
    showAdvocates(window.get());
    AdvocatesPage *page = window->advocatesPage();
    auto *table = window->findChild<QTableView *>(QStringLiteral("advocateTable"));
    auto *search = window->findChild<SearchField *>(QStringLiteral("advocateSearch"));
    ASSERT_TRUE(table && search);
    ASSERT_TRUE(table->isVisible());
    EXPECT_EQ(page->model()->totalCount(), 300);

    // Type the first name of someone in the list, as a user would.
    const QString name = table->model()->index(42, AdvocateTableModel::NameColumn).data().toString();
    const QString firstWord = name.section(QLatin1Char(' '), 0, 0);
    search->setFocus();
    QTest::keyClicks(search, firstWord);

    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->searchText() == firstWord; }, 3000));
    const int matches = page->model()->totalCount();
    EXPECT_GE(matches, 1);
    EXPECT_LT(matches, 300);
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown << table->model()->index(row, AdvocateTableModel::NameColumn).data().toString();
    EXPECT_TRUE(shown.contains(name)) << name.toStdString();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("of 300 match")))
        << window->statusBar()->currentMessage().toStdString();

    // Escape clears the search and brings everyone back.
    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_EQ(page->model()->totalCount(), 300);
}

TEST_F(MainWindowTest, ShowsNoMatchesForASearchThatFindsNobody)
{
    fillWithDemo(path, 30);
    auto window = openWindow(path);
    showAdvocates(window.get());
    auto *search = window->findChild<SearchField *>(QStringLiteral("advocateSearch"));
    QTest::keyClicks(search, QStringLiteral("xyzzyplugh"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *noMatches = window->findChild<QWidget *>(QStringLiteral("noMatchesState"));
    ASSERT_TRUE(noMatches);
    EXPECT_TRUE(noMatches->isVisible());
    EXPECT_FALSE(window->findChild<QTableView *>(QStringLiteral("advocateTable"))->isVisible());
}

TEST_F(MainWindowTest, SortsWhenTheUserClicksAColumnHeader)
{
    fillWithDemo(path, 120);
    auto window = openWindow(path);
    showAdvocates(window.get());
    auto *table = window->findChild<QTableView *>(QStringLiteral("advocateTable"));
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(AdvocateTableModel::ReadinessColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    if (header->sortIndicatorOrder() == Qt::AscendingOrder) // make it "highest first"
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    ASSERT_EQ(header->sortIndicatorSection(), int(AdvocateTableModel::ReadinessColumn));
    const int first = table->model()->index(0, AdvocateTableModel::ReadinessColumn).data().toInt();
    const int last = table->model()
                         ->index(table->model()->rowCount() - 1, AdvocateTableModel::ReadinessColumn)
                         .data()
                         .toInt();
    EXPECT_GT(first, last);
}

TEST_F(MainWindowTest, NamesTheDatabaseFileAndOffersOnlyBuiltPages)
{
    auto window = openWindow(path);
    auto *label = window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    ASSERT_TRUE(label);
    EXPECT_TRUE(label->text().contains(QStringLiteral("window.sqlite")));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("window.sqlite")));
    auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    ASSERT_TRUE(sidebar);
    QStringList entries;
    for (int row = 0; row < sidebar->count(); ++row)
        entries << sidebar->item(row)->text();
    EXPECT_EQ(entries,
              (QStringList{QStringLiteral("My Day"), QStringLiteral("Pipeline"), QStringLiteral("Advocates"),
                           QStringLiteral("Requests"), QStringLiteral("Dashboard"),
                           QStringLiteral("Tier Review"), QStringLiteral("Feedback")}));
}

TEST_F(MainWindowTest, EmptyDatabaseOffersDemoDataAndLoadsItInTheBackground)
{
    auto window = openWindow(path);
    showAdvocates(window.get());
    auto *empty = window->findChild<QWidget *>(QStringLiteral("emptyDatabaseState"));
    auto *button = empty ? empty->findChild<QPushButton *>(QStringLiteral("loadDemoButton")) : nullptr;
    ASSERT_TRUE(empty && button);
    EXPECT_TRUE(empty->isVisible());

    QSignalSpy finished(window.get(), &MainWindow::demoLoadFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.first().first().toBool());

    EXPECT_FALSE(empty->isVisible());
    EXPECT_TRUE(window->findChild<QTableView *>(QStringLiteral("advocateTable"))->isVisible());
    EXPECT_EQ(window->advocatesPage()->model()->totalCount(), 200);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("200")));
}

TEST_F(MainWindowTest, CancellingTheDemoLoadWritesNothing)
{
    auto window = openWindow(path);
    showAdvocates(window.get());
    QSignalSpy finished(window.get(), &MainWindow::demoLoadFinished);
    window->loadDemoData(5000);
    ASSERT_TRUE(window->demoLoader());
    window->demoLoader()->cancel();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_EQ(window->advocatesPage()->model()->totalCount(), 0);
    EXPECT_TRUE(window->findChild<QWidget *>(QStringLiteral("emptyDatabaseState"))->isVisible());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("nothing was written")));
}

TEST_F(MainWindowTest, BuildsOnlyThePageOnScreenAndTheOthersWhenFirstShown)
{
    // Start-up must not pay for pages nobody opened (docs/performance.md).
    fillWithDemo(path, 10);
    auto window = openWindow(path);
    EXPECT_NE(window->findChild<MyDayPage *>(), nullptr) << "a programme with data opens on My Day";
    EXPECT_EQ(window->findChild<AdvocatesPage *>(), nullptr);
    EXPECT_EQ(window->findChild<DashboardPage *>(), nullptr);
    EXPECT_EQ(window->findChild<PipelinePage *>(), nullptr);

    showAdvocates(window.get());
    EXPECT_NE(window->findChild<AdvocatesPage *>(), nullptr);
    EXPECT_EQ(window->advocatesPage()->model()->totalCount(), 10);
    EXPECT_EQ(window->findChild<DashboardPage *>(), nullptr);
}

TEST_F(MainWindowTest, CtrlFFocusesTheSearchBox)
{
    // A programme with data opens on My Day; the advocates page is not
    // built yet. Ctrl+F from there opens it with the cursor in the search box.
    fillWithDemo(path, 10);
    auto window = openWindow(path);
    ASSERT_EQ(window->findChild<SearchField *>(QStringLiteral("advocateSearch")), nullptr);
    QApplication::setActiveWindow(window.get());
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = window->findChild<SearchField *>(QStringLiteral("advocateSearch"));
    ASSERT_NE(search, nullptr);
    EXPECT_TRUE(search->isVisible());
    EXPECT_TRUE(search->hasFocus());
}

TEST_F(MainWindowTest, OpensAnotherDatabaseFile)
{
    auto window = openWindow(path);
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    fillWithDemo(other, 12);
    ASSERT_TRUE(window->openDatabase(other));
    EXPECT_EQ(window->session().path(), other);
    EXPECT_EQ(window->advocatesPage()->model()->totalCount(), 12);
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("databaseLabel"))
                    ->text()
                    .contains(QStringLiteral("other.sqlite")));
}

} // namespace

TEST_F(MainWindowTest, ARefusedFileIsReportedAndTheCurrentDatabaseStaysOpen)
{
    fillWithDemo(path, 8);
    auto window = openWindow(path);
    const QString notes = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("meeting notes, not a database\n");
    file.close();
    const QByteArray before = test::fileHash(notes);

    QList<Error> shown;
    setErrorSinkForTesting([&](const QString &, const Error &error) { shown << error; });
    EXPECT_FALSE(window->openDatabase(notes));
    setErrorSinkForTesting({});

    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first().kind, ErrorKind::NotADatabase);
    EXPECT_EQ(window->session().path(), path);
    EXPECT_EQ(window->advocatesPage()->model()->totalCount(), 8);
    EXPECT_EQ(test::fileHash(notes), before);
}

TEST_F(MainWindowTest, OffersDemoDataOnlyForAnEmptyDatabase)
{
    auto window = openWindow(path);
    auto *action = window->findChild<QAction *>(QStringLiteral("loadDemoAction"));
    ASSERT_TRUE(action);
    EXPECT_TRUE(action->isEnabled());

    const QString full = dir.filePath(QStringLiteral("full.sqlite"));
    fillWithDemo(full, 5);
    ASSERT_TRUE(window->openDatabase(full));
    EXPECT_FALSE(action->isEnabled());
}

TEST_F(MainWindowTest, ANameInTheSelectedRequestsDetailOpensThatAdvocatesProfile)
{
    fillWithDemo(path, 100);
    auto window = openWindow(path);
    ASSERT_TRUE(window);
    Services &services = window->session().services();
    QString requestId;
    QString advocateId;
    const auto requests = services.requests().list();
    for (const Request &request : *requests)
        if (auto asks = services.requests().asks(request.id); asks.ok() && !asks->isEmpty()) {
            requestId = request.id;
            advocateId = asks->first().advocateId;
            break;
        }
    ASSERT_FALSE(requestId.isEmpty()) << "the demo has asked advocates";
    window->showPage(MainWindow::Page::Requests);
    RequestsPage *page = window->requestsPage();
    page->showBoard(false);
    page->table()->selectRow(page->model()->rowOf(requestId));
    auto *row = page->detail()->findChild<QFrame *>(QStringLiteral("ask:") + advocateId);
    ASSERT_TRUE(row);
    auto *link = row->findChild<QPushButton *>(QStringLiteral("profileLink"));
    ASSERT_TRUE(link && link->isVisible());
    EXPECT_TRUE(window->findChildren<ProfileWindow *>().isEmpty());
    QTest::mouseClick(link, Qt::LeftButton);
    const QList<ProfileWindow *> profiles = window->findChildren<ProfileWindow *>();
    ASSERT_EQ(profiles.size(), 1);
    EXPECT_EQ(profiles.first()->advocateId(), advocateId);
    EXPECT_TRUE(profiles.first()->isVisible());
}

TEST_F(MainWindowTest, StartsOnMyDayForANewFileAndForOneWithData)
{
    // The sidebar's first page is where the day starts, whatever the file holds.
    for (const int advocates : {0, 10}) {
        const QString file = dir.filePath(QStringLiteral("start-%1.sqlite").arg(advocates));
        if (advocates > 0)
            fillWithDemo(file, advocates);
        auto window = openWindow(file);
        ASSERT_TRUE(window);
        auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        ASSERT_TRUE(sidebar);
        EXPECT_EQ(sidebar->currentRow(), int(MainWindow::Page::MyDay)) << advocates;
        EXPECT_EQ(sidebar->currentItem()->text(), QStringLiteral("My Day"));
        auto *myDay = window->findChild<MyDayPage *>();
        ASSERT_TRUE(myDay) << advocates;
        EXPECT_EQ(myDay->isVisible(), advocates > 0) << "a new file shows My Day's empty state instead";
    }
}
