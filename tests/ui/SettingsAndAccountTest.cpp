// Programme settings edited in the GUI reach the CLI through the file; the
// account window; activity preferences on the profile.
#include "../core/ProgrammeFixture.h"
#include "account/AccountModels.h"
#include "account/AccountWindow.h"
#include "advocates/AdvocateTableModel.h"
#include "profile/PreferencesEditor.h"
#include "profile/ProfileWindow.h"
#include "programme/ProgrammeSettings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class SettingsAndAccountTest : public test::ProgrammeFixture
{
protected:
    // `request match ID --json` run by the real CLI on this file; email → "candidate" or the reason.
    QHash<QString, QString> cliMatch(const QString &requestId)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ADVOCATEDESK_NOW"), QStringLiteral("2026-06-15T12:00:00Z"));
        env.insert(QStringLiteral("ADVOCATEDESK_USER"), QStringLiteral("tester"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ADVOCATEDESK_CLI_PATH),
                      {QStringLiteral("request"), QStringLiteral("match"), requestId,
                       QStringLiteral("--json"), QStringLiteral("--database"), temp.path()});
        EXPECT_TRUE(process.waitForFinished(60000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QHash<QString, QString> outcome;
        for (const QJsonValue &candidate : result.value(QStringLiteral("candidates")).toArray())
            outcome.insert(candidate[QStringLiteral("email")].toString(), QStringLiteral("candidate"));
        for (const QJsonValue &excluded : result.value(QStringLiteral("excluded")).toArray())
            outcome.insert(excluded[QStringLiteral("email")].toString(),
                           excluded[QStringLiteral("reason")].toString());
        return outcome;
    }
};

TEST_F(SettingsAndAccountTest, RenewalGateSetInTheGuiDialogIsAppliedByTheCliMatch)
{
    Account renewing = account(QStringLiteral("Renewing Co"));
    renewing.renewalDate = today().addDays(45); // outside the default 30-day gate
    ASSERT_TRUE(services().accounts().update(renewing).ok());
    const Advocate mei = enrolled(QStringLiteral("mei@renewing.test"), renewing.id);
    Request input;
    input.activityTypeId = activity(QStringLiteral("Reference call"));
    auto request = services().requests().create(input);
    ASSERT_TRUE(request.ok()) << request.error().message.toStdString();

    EXPECT_EQ(cliMatch(request->id).value(mei.email), QStringLiteral("candidate"));

    ProgrammeSettingsDialog dialog(services());
    dialog.spinBox("renewalGateDays")->setValue(60);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_EQ(dialog.result(), int(QDialog::Accepted));

    const QString reason = cliMatch(request->id).value(mei.email);
    EXPECT_NE(reason, QStringLiteral("candidate"));
    EXPECT_TRUE(reason.contains(QStringLiteral("within 60 days"))) << reason.toStdString();
}

TEST_F(SettingsAndAccountTest, AccountWindowShowsTheAccountAndOpensAProfile)
{
    Account acme = account(QStringLiteral("Acme Logistics"));
    acme.arr = 120000;
    acme.renewalDate = today().addDays(10);
    ASSERT_TRUE(services().accounts().update(acme).ok());
    const Advocate mei = enrolled(QStringLiteral("mei@acme.test"), acme.id);
    const Advocate raj = enrolled(QStringLiteral("raj@acme.test"), acme.id);
    nps(mei, 10, daysAgo(5));
    nps(raj, 3, daysAgo(5));
    contribution(mei, QStringLiteral("Case study"), daysAgo(20));

    AccountWindow window(services(), acme.id);
    QAbstractItemModelTester advocatesTester(window.advocates(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester contributionsTester(window.contributions(),
                                                 QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.show();
    EXPECT_EQ(window.findChild<QLabel *>(QStringLiteral("accountName"))->text(), acme.name);
    EXPECT_EQ(window.figure(QStringLiteral("nps")), QStringLiteral("0")); // one promoter, one detractor
    EXPECT_EQ(window.figure(QStringLiteral("contributions")), QStringLiteral("1"));
    EXPECT_FALSE(window.figure(QStringLiteral("arr")).isEmpty());
    ASSERT_EQ(window.advocates()->rowCount(), 2);
    ASSERT_EQ(window.contributions()->rowCount(), 1);
    EXPECT_EQ(window.advocates()->index(0, AccountAdvocatesModel::NameColumn).data().toString(),
              QStringLiteral("mei"));
    EXPECT_EQ(window.advocates()->index(0, AccountAdvocatesModel::ContributionsColumn).data().toInt(), 1);

    QSignalSpy requested(&window, &AccountWindow::advocateRequested);
    QTableView *view = window.advocatesView();
    view->setFocus();
    view->setCurrentIndex(window.advocates()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toString(), raj.id);

    // Reload picks up what changed since.
    contribution(raj, QStringLiteral("Reference call"), daysAgo(1));
    window.reload();
    EXPECT_EQ(window.figure(QStringLiteral("contributions")), QStringLiteral("2"));
}

TEST_F(SettingsAndAccountTest, ProfileLinksToItsAccount)
{
    Account acme = account(QStringLiteral("Acme Logistics"));
    const Advocate mei = enrolled(QStringLiteral("mei@acme.test"), acme.id);
    QUndoStack stack;
    ProfileWindow profile(services(), &stack, mei.id);
    QSignalSpy requested(&profile, &ProfileWindow::accountRequested);
    auto *link = profile.findChild<QLabel *>(QStringLiteral("accountLink"));
    ASSERT_NE(link, nullptr);
    EXPECT_TRUE(link->text().contains(acme.name));
    emit link->linkActivated(QStringLiteral("account"));
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toString(), acme.id);
}

TEST_F(SettingsAndAccountTest, ActivityPreferenceSavesAtOnceExcludesFromMatchingAndUndoes)
{
    Account acme = account(QStringLiteral("Acme Logistics"));
    const Advocate mei = enrolled(QStringLiteral("mei@acme.test"), acme.id);
    const QString webinar = activity(QStringLiteral("Webinar"));
    Request input;
    input.activityTypeId = webinar;
    auto request = services().requests().create(input);
    ASSERT_TRUE(request.ok());
    auto isCandidate = [&] {
        auto match = services().matcher().match(request->id);
        EXPECT_TRUE(match.ok());
        for (const auto &candidate : match->candidates)
            if (candidate.advocateId == mei.id)
                return true;
        return false;
    };
    ASSERT_TRUE(isCandidate());

    QUndoStack stack;
    ProfileWindow profile(services(), &stack, mei.id);
    profile.show();
    QComboBox *choice = profile.preferences()->choice(QStringLiteral("Webinar"));
    ASSERT_NE(choice, nullptr);
    EXPECT_EQ(choice->currentIndex(), 0); // not asked yet
    const QString before = temp.snapshot();

    // Choose "Not open to" with the keyboard, as a user would: each step
    // ("Open to", then "Not open to") saves at once and is one undo step.
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    EXPECT_EQ(services().preferences().forAdvocate(mei.id)->value(webinar, false), true);
    EXPECT_TRUE(isCandidate());
    QTest::keyClick(choice, Qt::Key_Down);
    ASSERT_EQ(choice->currentIndex(), 2);
    EXPECT_EQ(services().preferences().forAdvocate(mei.id)->value(webinar, true), false);
    EXPECT_FALSE(isCandidate());
    EXPECT_EQ(stack.count(), 2);

    stack.undo();
    EXPECT_EQ(choice->currentIndex(), 1);
    EXPECT_TRUE(isCandidate());
    stack.undo();
    EXPECT_EQ(choice->currentIndex(), 0);
    EXPECT_TRUE(isCandidate());
    EXPECT_EQ(temp.snapshot(), before);
    stack.redo();
    stack.redo();
    EXPECT_EQ(choice->currentIndex(), 2);
    EXPECT_FALSE(isCandidate());
}

TEST_F(SettingsAndAccountTest, AdvocatesTableOffersTheRowsAccount)
{
    Account acme = account(QStringLiteral("Acme Logistics"));
    enrolled(QStringLiteral("mei@acme.test"), acme.id);
    AdvocateTableModel model(services());
    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(AdvocateTableModel::AccountIdRole).toString(), acme.id);
}

} // namespace

namespace {

// Not a check: writes the README's account window screenshots when
// ADVOCATEDESK_SCREENSHOT_DB names a demo database (see README, "Screenshots").
TEST(Screenshots, AccountWindow)
{
    const QString path = qEnvironmentVariable("ADVOCATEDESK_SCREENSHOT_DB");
    const QString out = qEnvironmentVariable("ADVOCATEDESK_SCREENSHOT_DIR");
    if (path.isEmpty() || out.isEmpty())
        GTEST_SKIP() << "set ADVOCATEDESK_SCREENSHOT_DB and ADVOCATEDESK_SCREENSHOT_DIR to write screenshots";
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    FixedClock clock(test::TempDatabase::pinnedNow());
    Services services(**db, clock, QStringLiteral("screenshots"));
    auto accounts = services.accounts().list();
    ASSERT_TRUE(accounts.ok());
    QString busiest;
    qsizetype most = -1;
    for (const Account &account : *accounts) {
        auto summary = services.accountSummaries().summary(account.id);
        ASSERT_TRUE(summary.ok());
        const qsizetype weight = summary->advocates.size() * 100 + summary->contributionCount;
        if (weight > most) {
            most = weight;
            busiest = account.id;
        }
    }
    for (const QSize size : {QSize(1600, 1000), QSize(1024, 700)}) {
        AccountWindow window(services, busiest);
        window.resize(size);
        window.show();
        QTest::qWait(50);
        ASSERT_TRUE(window.grab().save(QStringLiteral("%1/account-%2.png").arg(out).arg(size.width())));
    }
}

} // namespace
