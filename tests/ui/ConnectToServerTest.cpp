// File → Connect to Server… and Open Recent with server addresses (issue 18):
// the dialog puts an address together, the window opens a programme on a
// server as it opens a file, and a refused address leaves the programme open.
#include "Backends.h"
#include "OnModal.h"
#include "advocates/AdvocateTableModel.h"
#include "advocates/AdvocatesPage.h"
#include "common/ErrorMessage.h"
#include "services/Services.h"
#include "shell/ConnectToServerDialog.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/Session.h"
#include "storage/Database.h"
#include "storage/PostgresUrl.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

QLineEdit *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QLatin1String(name));
}

QPushButton *connectButton(QWidget *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
}

// Replaces what `edit` holds by typing, as a person does.
void retype(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// The window's Open Recent entries, top to bottom.
QMenu *recentMenu(MainWindow &window)
{
    for (QMenu *menu : window.findChildren<QMenu *>())
        if (menu->title() == QStringLiteral("Open &Recent"))
            return menu;
    return nullptr;
}

QAction *recentEntry(MainWindow &window, const QString &text)
{
    QMenu *menu = recentMenu(window);
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

QString displayOf(const QString &url)
{
    const Result<PostgresAddress> address = PostgresUrl::parse(url);
    return address ? address->display() : QString();
}

class ConnectToServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("USER", "jdoe");
        Result<std::unique_ptr<Session>> session = Session::open(file);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        window = std::make_unique<MainWindow>(std::move(session).value());
        window->resize(1024, 700);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        setErrorSinkForTesting({});
        window.reset();
        if (m_login.isEmpty())
            qunsetenv("USER");
        else
            qputenv("USER", m_login);
    }

    // File → Connect to Server…, answered with `address` typed into the Address field.
    void connectThroughDialog(const QString &address)
    {
        QAction *action = window->findChild<QAction *>(QStringLiteral("connectToServerAction"));
        ASSERT_NE(action, nullptr);
        bool connectEnabled = false;
        test::OnModal<ConnectToServerDialog> answer([&](ConnectToServerDialog *dialog) {
            retype(field(dialog, "connectAddress"), address);
            connectEnabled = connectButton(dialog)->isEnabled();
            if (connectEnabled)
                QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
            else
                dialog->reject();
        });
        action->trigger();
        ASSERT_TRUE(answer.seen());
        ASSERT_TRUE(connectEnabled) << address.toStdString();
    }

    QByteArray m_login = qgetenv("USER");
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("local.sqlite"));
    std::unique_ptr<MainWindow> window;
};

TEST(ConnectToServerDialog, BuildsTheAddressFromItsFieldsAndRefusesAnInvalidOne)
{
    const QByteArray login = qgetenv("USER");
    qputenv("USER", "jdoe");
    ConnectToServerDialog dialog(QStringLiteral("/tmp/some.sqlite"));
    qputenv("USER", login);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *address = field(&dialog, "connectAddress");
    auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("connectPort"));
    ASSERT_TRUE(address && port && connectButton(&dialog));

    // A file is no start: a server on this computer, as the login name, and no database yet.
    EXPECT_EQ(field(&dialog, "connectUser")->text(), QStringLiteral("jdoe"));
    EXPECT_EQ(port->value(), 5432);
    EXPECT_FALSE(connectButton(&dialog)->isEnabled());
    EXPECT_TRUE(dialog.address().isEmpty());

    retype(field(&dialog, "connectDatabase"), QStringLiteral("programme"));
    EXPECT_EQ(address->text(), QStringLiteral("postgresql://jdoe@:5432/programme"));
    EXPECT_TRUE(connectButton(&dialog)->isEnabled());

    retype(field(&dialog, "connectHost"), QStringLiteral("db.example"));
    retype(port, QStringLiteral("6543"));
    retype(field(&dialog, "connectUser"), QStringLiteral("mei"));
    EXPECT_EQ(address->text(), QStringLiteral("postgresql://mei@db.example:6543/programme"));
    EXPECT_EQ(dialog.address(), address->text());
    EXPECT_TRUE(connectButton(&dialog)->isEnabled());
    EXPECT_FALSE(field(&dialog, "connectSocket")->isEnabled()); // a host name has no socket folder

    // A whole address pasted fills the parts.
    retype(address, QStringLiteral("postgresql://ana@/advocates?host=/run/postgresql"));
    EXPECT_EQ(field(&dialog, "connectHost")->text(), QString());
    EXPECT_EQ(field(&dialog, "connectSocket")->text(), QStringLiteral("/run/postgresql"));
    EXPECT_EQ(field(&dialog, "connectUser")->text(), QStringLiteral("ana"));
    EXPECT_EQ(field(&dialog, "connectDatabase")->text(), QStringLiteral("advocates"));
    EXPECT_TRUE(connectButton(&dialog)->isEnabled());

    // Invalid: a password in the address, a relative socket folder, no database.
    retype(address, QStringLiteral("postgresql://ana:secret@db.example/advocates"));
    EXPECT_FALSE(connectButton(&dialog)->isEnabled());
    EXPECT_TRUE(dialog.address().isEmpty());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("connectProblem"))
                    ->text()
                    .contains(QStringLiteral("password")));
    retype(address, QStringLiteral("postgresql://ana@/advocates"));
    EXPECT_TRUE(connectButton(&dialog)->isEnabled());
    retype(field(&dialog, "connectSocket"), QStringLiteral("run/postgresql"));
    EXPECT_FALSE(connectButton(&dialog)->isEnabled());
    retype(field(&dialog, "connectSocket"), QStringLiteral("/run/postgresql"));
    EXPECT_TRUE(connectButton(&dialog)->isEnabled());
    retype(field(&dialog, "connectDatabase"), QString());
    EXPECT_FALSE(connectButton(&dialog)->isEnabled());
}

TEST_F(ConnectToServerTest, AnUnreachableServerIsReportedAndTheCurrentProgrammeStaysOpen)
{
    QList<Error> shown;
    setErrorSinkForTesting([&](const QString &, const Error &error) { shown << error; });
    const QString unreachable = QStringLiteral("postgresql://jdoe@127.0.0.1:1/programme");
    connectThroughDialog(unreachable);

    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown.first().message.contains(QStringLiteral("127.0.0.1")))
        << shown.first().message.toStdString();
    EXPECT_EQ(window->session().path(), file);
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("local.sqlite")));
    EXPECT_EQ(recentEntry(*window, unreachable), nullptr);
}

TEST_F(ConnectToServerTest, OpensAProgrammeOnAServerAndReopensItFromOpenRecent)
{
    AD_SKIP_WITHOUT_SERVER(Backend::Postgres);
    test::ServerDatabase server;
    ASSERT_TRUE(server.isValid()) << server.error().toStdString();
    {
        // An empty database becomes a programme when first opened.
        Result<std::unique_ptr<Database>> db = Database::open(server.url());
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        const FixedClock clock(test::TempDatabase::pinnedNow());
        Services services(**db, clock, QStringLiteral("setup"));
        Account account;
        account.name = QStringLiteral("Harbour Logistics");
        const Result<Account> created = services.accounts().create(account);
        ASSERT_TRUE(created.ok());
        Advocate advocate;
        advocate.name = QStringLiteral("Ada");
        advocate.email = QStringLiteral("ada@example.com");
        advocate.accountId = created->id;
        ASSERT_TRUE(services.advocates().create(advocate).ok());
    }
    const QString address = displayOf(server.url());
    ASSERT_FALSE(address.isEmpty()) << server.url().toStdString();

    connectThroughDialog(server.url());
    EXPECT_EQ(window->session().path(), address);
    EXPECT_EQ(window->advocatesPage()->model()->totalCount(), 1);
    EXPECT_EQ(window->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text(),
              QStringLiteral("Database: %1").arg(address));
    EXPECT_TRUE(window->windowTitle().startsWith(address)) << window->windowTitle().toStdString();
    {
        PreferencesDialog preferences(window.get()); // a server is no file to move
        EXPECT_FALSE(preferences.findChild<QPushButton *>(QStringLiteral("preferencesMove"))->isEnabled());
    }

    // Both are in Open Recent; back to the file, then to the server from there.
    QAction *local = recentEntry(*window, file);
    ASSERT_NE(local, nullptr);
    ASSERT_NE(recentEntry(*window, address), nullptr);
    local->trigger();
    ASSERT_EQ(window->session().path(), file);
    EXPECT_EQ(window->advocatesPage()->model()->totalCount(), 0);
    QAction *again = recentEntry(*window, address);
    ASSERT_NE(again, nullptr);
    again->trigger();
    EXPECT_EQ(window->session().path(), address);
    EXPECT_EQ(window->advocatesPage()->model()->totalCount(), 1);
    window.reset(); // every connection closed before the database is dropped
}

} // namespace
