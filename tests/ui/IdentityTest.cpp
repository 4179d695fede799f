// Who the person at the keyboard is (issue 17, item 4): asked on a file that
// does not know them, answered in Preferences, remembered per file, the same
// for the CLI, and what they may decide follows from it.
#include "../cli/CliFixture.h"
#include "../core/ProgrammeFixture.h"
#include "programme/TierReviewPage.h"
#include "services/Authority.h"
#include "shell/IdentityBanner.h"
#include "shell/IdentityForm.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/Session.h"
#include "storage/Database.h"
#include "util/AppIdentity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

// The environment a person starts the app in: a login name, no ADVOCATEDESK_USER.
class KeyboardPerson
{
public:
    KeyboardPerson() : m_user(qgetenv("ADVOCATEDESK_USER")), m_login(qgetenv("USER"))
    {
        qunsetenv("ADVOCATEDESK_USER");
        qputenv("USER", "jdoe");
        qputenv("ADVOCATEDESK_NOW", "2026-06-15T12:00:00Z");
    }
    ~KeyboardPerson()
    {
        restore("ADVOCATEDESK_USER", m_user);
        restore("USER", m_login);
        qunsetenv("ADVOCATEDESK_NOW");
    }

private:
    static void restore(const char *name, const QByteArray &value)
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    QByteArray m_user;
    QByteArray m_login;
};

class IdentityTest : public test::ProgrammeFixture
{
protected:
    std::unique_ptr<MainWindow> openWindow()
    {
        Result<std::unique_ptr<Session>> session = Session::open(temp.path());
        EXPECT_TRUE(session.ok()) << session.error().message.toStdString();
        if (!session)
            return {};
        auto window = std::make_unique<MainWindow>(std::move(session).value());
        window->resize(1024, 700);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    // Types `name` into the banner, picks the role with the keyboard, presses Continue.
    static void answerBanner(MainWindow &window, const QString &name, UserRole role)
    {
        IdentityBanner *banner = window.identityBanner();
        ASSERT_TRUE(banner && banner->isVisible());
        QLineEdit *edit = banner->form()->nameBox()->lineEdit();
        edit->selectAll();
        QTest::keyClicks(edit, name);
        chooseRole(banner->form()->roleBox(), role);
        QTest::mouseClick(banner->continueButton(), Qt::LeftButton);
    }

    static void chooseRole(QComboBox *box, UserRole role)
    {
        const int wanted = box->findData(int(role));
        ASSERT_GE(wanted, 0);
        box->setFocus();
        while (box->currentIndex() != wanted) {
            const int before = box->currentIndex();
            QTest::keyClick(box, before < wanted ? Qt::Key_Down : Qt::Key_Up);
            ASSERT_NE(box->currentIndex(), before) << "the role box does not move with the arrow keys";
        }
    }

    static QString identityLabel(MainWindow &window)
    {
        auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("identityLabel"));
        return label ? label->text() : QString();
    }

    // Edit → Preferences with `name` and `role` under "You are", then OK.
    static void answerPreferences(MainWindow &window, const QString &name, UserRole role)
    {
        PreferencesDialog dialog(&window);
        IdentityForm *form = dialog.identityForm();
        ASSERT_TRUE(form && form->isEnabled());
        QLineEdit *edit = form->nameBox()->lineEdit();
        edit->selectAll();
        QTest::keyClicks(edit, name);
        chooseRole(form->roleBox(), role);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }

    const KeyboardPerson person;
};

TEST_F(IdentityTest, AFileThatDoesNotKnowYouAsksAndRemembersTheAnswer)
{
    std::unique_ptr<MainWindow> window = openWindow();
    IdentityBanner *banner = window->identityBanner();
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(banner->continueButton()->isEnabled()); // nobody named yet
    // "jdoe" is a login name, not someone in the programme: not offered as the answer.
    EXPECT_TRUE(banner->form()->nameBox()->currentText().isEmpty());
    EXPECT_TRUE(identityLabel(*window).contains(QStringLiteral("jdoe")));

    answerBanner(*window, QStringLiteral("Mei Ling"), UserRole::ProgrammeManager);
    EXPECT_EQ(window->identityBanner(), nullptr);
    EXPECT_EQ(window->session().actor(), QStringLiteral("Mei Ling"));
    const Result<std::optional<User>> user = services().users().findByName(QStringLiteral("Mei Ling"));
    ASSERT_TRUE(user.ok() && user->has_value());
    EXPECT_EQ((*user)->role, UserRole::ProgrammeManager);
    EXPECT_TRUE(identityLabel(*window).contains(QStringLiteral("Mei Ling")));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Mei Ling")));

    // The next start on this file knows them and does not ask again.
    window.reset();
    window = openWindow();
    EXPECT_EQ(window->identityBanner(), nullptr);
    EXPECT_EQ(window->session().actor(), QStringLiteral("Mei Ling"));
}

TEST_F(IdentityTest, EnterInTheNameBoxAnswersWithSomeoneTheProgrammeKnows)
{
    ASSERT_TRUE(services().users().create(QStringLiteral("Tan Wei"), UserRole::Csm).ok());
    std::unique_ptr<MainWindow> window = openWindow();
    IdentityBanner *banner = window->identityBanner();
    ASSERT_TRUE(banner);
    QComboBox *names = banner->form()->nameBox();
    EXPECT_GE(names->findText(QStringLiteral("Tan Wei")), 0); // the programme's people are offered
    QTest::keyClicks(names->lineEdit(), QStringLiteral("Tan Wei"));
    EXPECT_EQ(banner->form()->role(), UserRole::Csm); // the role they have
    QTest::keyClick(names->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(window->session().actor(), QStringLiteral("Tan Wei"));
    EXPECT_EQ(window->identityBanner(), nullptr);
}

TEST_F(IdentityTest, NotNowAsksAgainTheNextTimeTheFileOpens)
{
    std::unique_ptr<MainWindow> window = openWindow();
    ASSERT_TRUE(window->identityBanner());
    QTest::mouseClick(window->identityBanner()->laterButton(), Qt::LeftButton);
    EXPECT_EQ(window->identityBanner(), nullptr);
    EXPECT_EQ(window->session().actor(), QStringLiteral("jdoe"));
    window->reloadPages(); // a refresh does not bring it back
    EXPECT_EQ(window->identityBanner(), nullptr);
    window.reset();
    window = openWindow();
    EXPECT_TRUE(window->identityBanner());
}

TEST_F(IdentityTest, AReloadKeepsWhatIsBeingTypedAndOffersWhoWasAddedMeanwhile)
{
    std::unique_ptr<MainWindow> window = openWindow();
    IdentityBanner *banner = window->identityBanner();
    ASSERT_TRUE(banner);
    QTest::keyClicks(banner->form()->nameBox()->lineEdit(), QStringLiteral("Mei"));
    // Another program adds a person; the window reloads, as after any outside change.
    ASSERT_TRUE(services().users().create(QStringLiteral("Tan Wei"), UserRole::Csm).ok());
    window->reloadPages();
    ASSERT_EQ(window->identityBanner(), banner);
    EXPECT_EQ(banner->form()->nameBox()->currentText(), QStringLiteral("Mei"));
    EXPECT_GE(banner->form()->nameBox()->findText(QStringLiteral("Tan Wei")), 0);
    EXPECT_TRUE(banner->continueButton()->isEnabled());
}

TEST_F(IdentityTest, ARoleDecidesWhetherTierReviewsCanBeDecidedBeforeAnyReasonIsTyped)
{
    const Account harbour = account(QStringLiteral("Harbour Logistics"));
    const Advocate ada = enrolled(QStringLiteral("ada@harbour.example"), harbour.id);
    for (int ago : {20, 40, 60}) {
        Participation p;
        p.advocateId = ada.id;
        p.activityTypeId = activity(QStringLiteral("Case study"));
        p.occurredOn = daysAgo(ago);
        ASSERT_TRUE(services().engagement().recordContribution(p).ok());
    }
    ASSERT_TRUE(services().users().create(QStringLiteral("Tan Wei"), UserRole::Csm).ok());

    std::unique_ptr<MainWindow> window = openWindow();
    answerBanner(*window, QStringLiteral("Tan Wei"), UserRole::Csm);
    window->showPage(MainWindow::Page::TierReview);
    auto *page = window->findChild<TierReviewPage *>();
    ASSERT_TRUE(page);
    ASSERT_TRUE(
        QTest::qWaitFor([page] { return !page->isRecomputing() && page->table()->rowCount() == 1; }, 60000));
    page->table()->selectRow(0);
    auto *approve = page->findChild<QPushButton *>(QStringLiteral("approveTier"));
    ASSERT_TRUE(approve);
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_TRUE(approve->toolTip().contains(QStringLiteral("programme manager")))
        << approve->toolTip().toStdString();
    EXPECT_TRUE(approve->toolTip().contains(QStringLiteral("Preferences")))
        << approve->toolTip().toStdString();

    // Someone else at the keyboard, in Preferences: the programme manager.
    ASSERT_TRUE(services().users().create(QStringLiteral("Mei Ling"), UserRole::ProgrammeManager).ok());
    answerPreferences(*window, QStringLiteral("Mei Ling"), UserRole::ProgrammeManager);
    EXPECT_EQ(window->session().actor(), QStringLiteral("Mei Ling"));
    ASSERT_TRUE(
        QTest::qWaitFor([page] { return !page->isRecomputing() && page->table()->rowCount() == 1; }, 60000));
    page->table()->selectRow(0);
    EXPECT_TRUE(approve->isEnabled()) << approve->toolTip().toStdString();
    EXPECT_TRUE(*actsAsProgrammeManager(window->session().services().context()));
}

TEST_F(IdentityTest, ChangingYourOwnRoleIsAudited)
{
    const Result<User> tan = services().users().create(QStringLiteral("Tan Wei"), UserRole::Csm);
    ASSERT_TRUE(tan.ok());
    std::unique_ptr<MainWindow> window = openWindow();
    answerBanner(*window, QStringLiteral("Tan Wei"), UserRole::Csm);
    answerPreferences(*window, QStringLiteral("Tan Wei"), UserRole::ProgrammeManager);
    const Result<std::optional<User>> now = services().users().findByName(QStringLiteral("Tan Wei"));
    ASSERT_TRUE(now.ok() && now->has_value());
    EXPECT_EQ((*now)->role, UserRole::ProgrammeManager);
    const Result<QList<AuditEvent>> events = services().audit().forEntity(tan->id);
    ASSERT_TRUE(events.ok() && !events->isEmpty());
    EXPECT_EQ(events->last().field, QStringLiteral("role"));
    EXPECT_EQ(events->last().oldValue, QStringLiteral("csm"));
    EXPECT_EQ(events->last().newValue, QStringLiteral("programme_manager"));
    EXPECT_EQ(events->last().actor, QStringLiteral("Tan Wei"));
}

TEST_F(IdentityTest, AdvocatedeskUserIsAnAnswerAlready)
{
    qputenv("ADVOCATEDESK_USER", "tester");
    std::unique_ptr<MainWindow> window = openWindow();
    EXPECT_EQ(window->identityBanner(), nullptr);
    EXPECT_EQ(window->session().actor(), QStringLiteral("tester"));
    PreferencesDialog dialog(window.get());
    EXPECT_FALSE(dialog.identityForm()->isEnabled());
    EXPECT_EQ(dialog.identityForm()->name(), QStringLiteral("tester"));
}

// The CLI is the same person on the same file as the window, without
// ADVOCATEDESK_USER: the one chosen at first start, not the login name.
class IdentityCliTest : public test::CliFixture
{
protected:
    const KeyboardPerson person;
};

TEST_F(IdentityCliTest, TheCliActsAsWhomTheWindowWasTold)
{
    QString advocateEmail = QStringLiteral("ada@harbour.example");
    {
        auto db = Database::open(database());
        ASSERT_TRUE(db.ok());
        const FixedClock clock(test::TempDatabase::pinnedNow());
        Services services(**db, clock, QStringLiteral("setup"));
        Account account;
        account.name = QStringLiteral("Harbour Logistics");
        const Result<Account> created = services.accounts().create(account);
        ASSERT_TRUE(created.ok());
        Advocate advocate;
        advocate.name = QStringLiteral("Ada");
        advocate.email = advocateEmail;
        advocate.accountId = created->id;
        ASSERT_TRUE(services.advocates().create(advocate).ok());
    }
    {
        // As the real programs name their settings, so the CLI reads what the window wrote.
        const QString organisation = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        setApplicationIdentity();
        {
            Result<std::unique_ptr<Session>> session = Session::open(database());
            ASSERT_TRUE(session.ok());
            MainWindow window(std::move(session).value());
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            ASSERT_TRUE(window.identityBanner());
            QLineEdit *edit = window.identityBanner()->form()->nameBox()->lineEdit();
            QTest::keyClicks(edit, QStringLiteral("Mei Ling"));
            QTest::keyClick(edit, Qt::Key_Return);
            ASSERT_EQ(window.session().actor(), QStringLiteral("Mei Ling"));
        }
        QCoreApplication::setOrganizationName(organisation);
        QCoreApplication::setApplicationName(application);
    }
    m_environment.remove(QStringLiteral("ADVOCATEDESK_USER"));
    m_environment.insert(QStringLiteral("USER"), QStringLiteral("jdoe"));
    const test::CliResult nominated =
        runOn(database(), {QStringLiteral("nominate"), advocateEmail, QStringLiteral("--evidence"),
                           QStringLiteral("QBR")});
    ASSERT_EQ(nominated.exitCode, 0) << test::describe(nominated);

    auto db = Database::open(database());
    ASSERT_TRUE(db.ok());
    const FixedClock clock(test::TempDatabase::pinnedNow());
    Services services(**db, clock, QStringLiteral("check"));
    const Result<Nomination> nomination = services.nominations().get(nominated.out.trimmed());
    ASSERT_TRUE(nomination.ok()) << nomination.error().message.toStdString();
    EXPECT_EQ(nomination->nominatedBy, QStringLiteral("Mei Ling"));
}

} // namespace
