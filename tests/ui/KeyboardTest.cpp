// The keyboard on the real main window, as a person meets it (issue 17, item 10):
// Down and Enter from a search box, Nominate… from what is selected, a status
// bar that belongs to the page on screen, F1 listing each key once, a zh_TW
// toolbar without "(O)" mnemonics, and Ctrl+1 … Ctrl+7 in the sidebar's order.
#include "BoardWait.h"
#include "OnModal.h"
#include "TempDatabase.h"
#include "advocates/AdvocateTableModel.h"
#include "advocates/AdvocatesPage.h"
#include "board/BoardColumnWidget.h"
#include "board/BoardPage.h"
#include "board/BoardView.h"
#include "board/PipelinePage.h"
#include "common/SearchField.h"
#include "demo/DemoGenerator.h"
#include "dialogs/NominateDialog.h"
#include "feedback/FeedbackPage.h"
#include "profile/ProfileWindow.h"
#include "services/Services.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "shell/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace ad;

namespace {

using test::OnModal;

// The program in Traditional Chinese for the length of a test, as the app loads it.
class ScopedChinese
{
public:
    ScopedChinese()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/advocatedesk_zh_TW.qm"));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QStringLiteral("zh_TW")));
    }
    ~ScopedChinese()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

class KeyboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::TempDatabase scratch; // only for its clock; the window writes to `path`
        Result<std::unique_ptr<Database>> db = Database::open(path);
        ASSERT_TRUE(db.ok());
        DemoGenerator generator(**db, scratch.clock());
        ASSERT_TRUE(generator.generate(DemoOptions{60, 5}).ok());
    }

    void openWindow()
    {
        Result<std::unique_ptr<Session>> session = Session::open(path);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        window = std::make_unique<MainWindow>(std::move(session).value());
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
    }

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    QListWidget *sidebar() const { return window->findChild<QListWidget *>(QStringLiteral("sidebar")); }

    // Clicks a page's entry in the sidebar, as a person would.
    void clickSidebar(MainWindow::Page page)
    {
        QListWidget *list = sidebar();
        QListWidgetItem *item = list->item(int(page));
        ASSERT_TRUE(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    }

    // Types into the Advocates search box the first word of the name on `row`.
    QString searchForRow(int row)
    {
        clickSidebar(MainWindow::Page::Advocates);
        auto *table = window->advocatesPage()->table();
        const QString name = table->model()->index(row, AdvocateTableModel::NameColumn).data().toString();
        const QString word = name.section(QLatin1Char(' '), 0, 0);
        window->advocatesPage()->searchField()->setFocus();
        QTest::keyClicks(window->advocatesPage()->searchField(), word);
        return word;
    }

    std::string statusText() const { return window->statusBar()->currentMessage().toStdString(); }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("keys.sqlite"));
    std::unique_ptr<MainWindow> window;
};

TEST_F(KeyboardTest, DownInTheAdvocatesSearchGoesToTheFirstRowFound)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    const QString word = searchForRow(17);
    press(Qt::Key_Down); // at once: no waiting for the pause in typing

    QTableView *table = window->advocatesPage()->table();
    EXPECT_EQ(window->advocatesPage()->model()->searchText(), word) << "Down searches for what is typed";
    EXPECT_TRUE(table->hasFocus());
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().row(), 0);
    EXPECT_EQ(table->currentIndex().row(), 0);
}

TEST_F(KeyboardTest, EnterInTheAdvocatesSearchOpensTheFirstProfileFound)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    searchForRow(23);
    press(Qt::Key_Return);

    QTableView *table = window->advocatesPage()->table();
    const QString first = table->model()->index(0, 0).data(AdvocateTableModel::AdvocateIdRole).toString();
    const QList<ProfileWindow *> profiles = window->findChildren<ProfileWindow *>();
    ASSERT_EQ(profiles.size(), 1) << "Enter opens the profile of the first advocate found";
    EXPECT_EQ(profiles.first()->advocateId(), first);
    EXPECT_TRUE(profiles.first()->isVisible());
}

TEST_F(KeyboardTest, DownInTheFeedbackSearchGoesToTheItems)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    clickSidebar(MainWindow::Page::Feedback);
    auto *search = window->feedbackPage()->findChild<SearchField *>();
    auto *items = window->feedbackPage()->findChild<QTableView *>(QStringLiteral("feedbackTable"));
    ASSERT_TRUE(search && items);
    ASSERT_GT(items->model()->rowCount(), 0);
    search->setFocus();
    press(Qt::Key_Down);
    EXPECT_TRUE(items->hasFocus());
    ASSERT_EQ(items->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(items->selectionModel()->selectedRows().first().row(), 0);
}

TEST_F(KeyboardTest, NominateStartsFromTheAdvocateSelectedInTheTable)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    clickSidebar(MainWindow::Page::Advocates);
    QTableView *table = window->advocatesPage()->table();
    const QModelIndex row = table->model()->index(5, AdvocateTableModel::NameColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    const QString id = row.data(AdvocateTableModel::AdvocateIdRole).toString();
    const QString email = window->session().services().advocates().get(id)->email;

    QString shownEmail;
    QString recognised;
    bool evidenceFocused = false;
    OnModal<NominateDialog> look([&](NominateDialog *dialog) {
        shownEmail = dialog->emailEdit()->text();
        recognised = dialog->recognised()->text();
        evidenceFocused = dialog->focusWidget() == dialog->evidenceEdit();
        dialog->reject();
    });
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(look.seen()) << "Ctrl+Shift+N opens Nominate…";
    EXPECT_EQ(shownEmail, email);
    EXPECT_TRUE(recognised.contains(row.data().toString())) << recognised.toStdString();
    EXPECT_TRUE(evidenceFocused);
}

TEST_F(KeyboardTest, NominateStartsFromTheCardSelectedOnTheBoard)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    window->showPage(MainWindow::Page::Pipeline);
    window->pipelinePage()->tabs()->setCurrentIndex(1); // the journey: not everyone there is nominated
    BoardPage *board = window->pipelinePage()->journeyBoard();
    ASSERT_TRUE(test::boardLoaded(*board->model()));
    QListView *cards = nullptr;
    for (int column = 0; !cards; ++column) {
        BoardColumnWidget *widget = board->view()->columnWidget(column);
        ASSERT_TRUE(widget) << "a journey board without cards";
        if (widget->list()->model()->rowCount(widget->list()->rootIndex()) > 0 && widget->list()->isVisible())
            cards = widget->list();
    }
    const QModelIndex card = cards->model()->index(0, 0, cards->rootIndex());
    QTest::mouseClick(cards->viewport(), Qt::LeftButton, {}, cards->visualRect(card).center());
    const QString id = card.data(BoardModel::CardIdRole).toString();
    ASSERT_FALSE(id.isEmpty());
    const QString email = window->session().services().advocates().get(id)->email;

    QString shownEmail;
    OnModal<NominateDialog> look([&](NominateDialog *dialog) {
        shownEmail = dialog->emailEdit()->text();
        dialog->reject();
    });
    window->findChild<QAction *>(QStringLiteral("nominateAction"))->trigger();
    ASSERT_TRUE(look.seen());
    EXPECT_EQ(shownEmail, email);
}

TEST_F(KeyboardTest, NominateWithNothingSelectedStartsEmpty)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    clickSidebar(MainWindow::Page::Advocates);
    QString shownEmail = QStringLiteral("unset");
    OnModal<NominateDialog> look([&](NominateDialog *dialog) {
        shownEmail = dialog->emailEdit()->text();
        dialog->reject();
    });
    window->findChild<QAction *>(QStringLiteral("nominateAction"))->trigger();
    ASSERT_TRUE(look.seen());
    EXPECT_TRUE(shownEmail.isEmpty());
}

TEST_F(KeyboardTest, CtrlShiftNInAProfileNominatesThatAdvocate)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    // Someone not in the nomination pipeline: their Nominate… is enabled.
    Services &services = window->session().services();
    QString someone;
    QString name;
    const auto everyone = services.directory().page(DirectoryQuery{}, 0, 100);
    ASSERT_TRUE(everyone.ok());
    for (const auto &row : *everyone) {
        const auto nomination = services.nominations().forAdvocate(row.id);
        if (nomination.ok() && !nomination->has_value()) {
            someone = row.id;
            name = row.name;
            break;
        }
    }
    ASSERT_FALSE(someone.isEmpty()) << "everyone is in the pipeline";
    ProfileWindow *profile = window->openProfile(someone);
    QApplication::setActiveWindow(profile);
    ASSERT_TRUE(QTest::qWaitForWindowActive(profile));
    ASSERT_TRUE(profile->findChild<QWidget *>(QStringLiteral("nominateButton"))->isEnabled());

    QString question;
    OnModal<QInputDialog> look([&](QInputDialog *dialog) {
        question = dialog->labelText();
        dialog->reject();
    });
    QTest::keyClick(profile, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    // A button's key clicks it as a mouse would: pressed, and released a moment later.
    ASSERT_TRUE(QTest::qWaitFor([&] { return look.seen(); }, 3000))
        << "Ctrl+Shift+N in a profile asks for the evidence to nominate its advocate";
    EXPECT_TRUE(question.contains(name)) << question.toStdString();
}

TEST_F(KeyboardTest, TheStatusBarSpeaksOnlyForThePageOnScreen)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    searchForRow(3);
    press(Qt::Key_Return);
    for (ProfileWindow *profile : window->findChildren<ProfileWindow *>())
        profile->close();
    QApplication::setActiveWindow(window.get());
    ASSERT_NE(statusText().find(" match"), std::string::npos) << statusText();

    // The Advocates page's count goes with the page.
    press(Qt::Key_2, Qt::ControlModifier);
    ASSERT_EQ(sidebar()->currentRow(), int(MainWindow::Page::Pipeline));
    EXPECT_EQ(statusText().find("match"), std::string::npos) << statusText();

    // So does what an undo said on another page, and a count read meanwhile stays off.
    auto *step = new QUndoCommand(QStringLiteral("Rename the column"));
    window->undoStack()->push(step);
    window->undoStack()->undo();
    EXPECT_EQ(statusText(), "Undone: Rename the column");
    window->advocatesPage()->reload();
    EXPECT_EQ(statusText(), "Undone: Rename the column")
        << "the Advocates page, not on screen, counted again";
    clickSidebar(MainWindow::Page::Dashboard);
    EXPECT_EQ(statusText(), "");

    // Back on the Advocates page, its own count is there again.
    clickSidebar(MainWindow::Page::Advocates);
    EXPECT_EQ(statusText(), window->advocatesPage()->summary().toStdString());
}

TEST_F(KeyboardTest, F1ListsEachShortcutOnce)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    QStringList rows;
    QStringList keys;
    QStringList headings;
    OnModal<ShortcutsDialog> read([&](ShortcutsDialog *dialog) {
        QTableWidget *table = dialog->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString action = table->item(row, 0)->text();
            const QString bound = table->item(row, 1) ? table->item(row, 1)->text() : QString();
            if (bound.isEmpty()) {
                headings << action;
                continue;
            }
            rows << action + QStringLiteral(" = ") + bound;
            keys << bound.split(QStringLiteral(", "));
        }
        dialog->reject();
    });
    press(Qt::Key_F1);
    ASSERT_TRUE(read.seen()) << "F1 opens the list of shortcuts";

    QStringList twice;
    for (const QString &key : std::as_const(keys))
        if (keys.count(key) > 1 && !twice.contains(key))
            twice << key;
    EXPECT_TRUE(twice.isEmpty()) << "listed more than once: "
                                 << twice.join(QStringLiteral(", ")).toStdString() << "\n"
                                 << rows.join(QLatin1Char('\n')).toStdString();
    QStringList headingTwice;
    for (const QString &heading : std::as_const(headings))
        if (headings.count(heading) > 1 && !headingTwice.contains(heading))
            headingTwice << heading;
    EXPECT_TRUE(headingTwice.isEmpty()) << headingTwice.join(QStringLiteral(", ")).toStdString();
    EXPECT_GE(headings.size(), 4) << "grouped: File, Edit, View, Help and the pages' own keys";
    for (const QString &key : {QStringLiteral("Ctrl+1"), QStringLiteral("Ctrl+7"), QStringLiteral("F1"),
                               QStringLiteral("Ctrl+W"), QStringLiteral("Esc"), QStringLiteral("Enter")})
        EXPECT_TRUE(keys.contains(key)) << key.toStdString() << " missing from\n"
                                        << rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(rows.contains(QStringLiteral("My Day = Ctrl+1")))
        << rows.join(QLatin1Char('\n')).toStdString();
}

TEST_F(KeyboardTest, CtrlDigitGoesToTheSidebarsPagesInOrder)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    ASSERT_TRUE(pages);
    ASSERT_EQ(sidebar()->count(), 7);
    for (int n = 7; n >= 1; --n) { // from the end: the window opens on the second
        press(Qt::Key_0 + n, Qt::ControlModifier);
        EXPECT_EQ(sidebar()->currentRow(), n - 1) << "Ctrl+" << n;
        EXPECT_EQ(pages->currentIndex(), n - 1) << "Ctrl+" << n;
        EXPECT_TRUE(pages->currentWidget()->isVisible());
    }
    // Named in the View menu under the sidebar's words.
    for (int n = 1; n <= 7; ++n) {
        auto *action = window->findChild<QAction *>(QStringLiteral("goToPage%1").arg(n));
        ASSERT_TRUE(action) << n;
        EXPECT_EQ(action->text(), sidebar()->item(n - 1)->text());
        EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
    }
}

// zh_TW writes mnemonics as "開啟資料庫(&O)…": a menu underlines the O, but a
// toolbar button, its tooltip or the list of shortcuts would show "(O)".
TEST_F(KeyboardTest, TheChineseToolbarShowsNoMnemonics)
{
    ScopedChinese chinese;
    ASSERT_TRUE(chinese.loaded());
    ASSERT_NO_FATAL_FAILURE(openWindow());
    auto *toolbar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_TRUE(toolbar);
    const QRegularExpression mnemonic(QStringLiteral("[(（]&?[A-Za-z][)）]|&"));
    QStringList shown;
    const auto check = [&] {
        for (QToolButton *button : toolbar->findChildren<QToolButton *>()) {
            if (!button->defaultAction())
                continue;
            shown << button->text();
            EXPECT_FALSE(button->text().contains(mnemonic)) << button->text().toStdString();
            EXPECT_FALSE(button->toolTip().contains(mnemonic)) << button->toolTip().toStdString();
        }
    };
    check();
    EXPECT_TRUE(shown.contains(QStringLiteral("開啟資料庫"))) << shown.join(QLatin1Char('|')).toStdString();
    // Undo names its step as the stack changes: still without "(U)".
    window->undoStack()->push(new QUndoCommand(QStringLiteral("x")));
    check();

    QStringList listed;
    OnModal<ShortcutsDialog> read([&](ShortcutsDialog *dialog) {
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            listed << dialog->table()->item(row, 0)->text();
        dialog->reject();
    });
    press(Qt::Key_F1);
    ASSERT_TRUE(read.seen());
    for (const QString &text : std::as_const(listed))
        EXPECT_FALSE(text.contains(mnemonic)) << text.toStdString();
}

} // namespace
