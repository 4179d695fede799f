// The profile as a person meets it: the summary card's facts, the keys that
// close the window, and the NPS chart on a dark palette. Written against what
// is on screen (object names, Qt's own widgets and properties), so the same
// tests build against an older window and say what it lacks.
#include "../core/ProgrammeFixture.h"
#include "account/AccountWindow.h"
#include "profile/NpsChart.h"
#include "profile/ProfileWindow.h"
#include "shell/Preferences.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

// Brings `widget`'s tab forward, as a click on the tab would (nothing when it is on no tab).
void showTabOf(QWidget *widget)
{
    for (QWidget *w = widget; w && w->parentWidget(); w = w->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
        if (auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr)
            tabs->setCurrentWidget(w);
    }
    QApplication::processEvents();
}

class ProfileCardTest : public test::ProgrammeFixture
{
protected:
    void SetUp() override
    {
        acme = account(QStringLiteral("Acme Logistics"));
        mei = enrolled(QStringLiteral("mei@acme.test"), acme.id);
    }

    // A profile as the main window opens it: it deletes itself when closed.
    QPointer<ProfileWindow> openProfile(const Advocate &advocate)
    {
        auto *window = new ProfileWindow(services(), &undo, advocate.id);
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window));
        return window;
    }

    QString textOf(QWidget *root, const char *name)
    {
        auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
        EXPECT_NE(label, nullptr) << "no label " << name;
        return label ? label->text() : QString();
    }

    template <typename Window> static bool closes(const QPointer<Window> &window)
    {
        return QTest::qWaitFor([&window] { return window.isNull(); }, 2000);
    }

    Account acme;
    Advocate mei;
    QUndoStack undo;
};

TEST_F(ProfileCardTest, TheCardShowsInitialsTierOwnerAsksUsedOfTheCapAndTheNextStep)
{
    const QString aisha = services().users().create(QStringLiteral("Aisha Rahman"), UserRole::Csm)->id;
    mei.name = QStringLiteral("Mei Ling Tan");
    mei.title = QStringLiteral("Head of Operations");
    mei.ownerId = aisha;
    mei.tier = Tier::Gold;
    mei.lastVerified = daysAgo(30); // not stale, and touched below: no older debt comes first
    ASSERT_TRUE(services().advocates().update(mei).ok());
    ASSERT_TRUE(services().engagement().logTouch({{}, mei.id, TouchKind::CheckIn, daysAgo(20), {}, {}}).ok());
    ASSERT_TRUE(services().advocates().grantConsent(mei.id, ConsentAsset::Quote, QDate(2026, 2, 1)).ok());
    pastAsk(mei, QStringLiteral("Reference call"), 10);
    contribution(mei, QStringLiteral("Case study"), daysAgo(3));

    QPointer<ProfileWindow> window = openProfile(mei);
    auto *avatar = window->findChild<QWidget *>(QStringLiteral("initialsAvatar"));
    ASSERT_NE(avatar, nullptr) << "no initials avatar";
    EXPECT_TRUE(avatar->isVisible());
    EXPECT_EQ(avatar->property("initials").toString(), QStringLiteral("MT"));
    EXPECT_EQ(textOf(window, "profileName"), QStringLiteral("Mei Ling Tan"));
    EXPECT_EQ(textOf(window, "profileTitle"), QStringLiteral("Head of Operations"));
    EXPECT_EQ(textOf(window, "tierChip"), QStringLiteral("Gold"));
    EXPECT_EQ(textOf(window, "cardOwner"), QStringLiteral("Aisha Rahman"));
    EXPECT_EQ(textOf(window, "cardAsks"), QStringLiteral("1 of 2 asks in 90 days"));
    // Owed first: the thank-you for the case study, due a week after it.
    const QString next = textOf(window, "nextStep");
    EXPECT_TRUE(next.startsWith(QStringLiteral("Thank Mei Ling Tan for the Case study on 2026-06-12.")))
        << next.toStdString();
    EXPECT_TRUE(next.contains(QStringLiteral("Due "))) << next.toStdString();
    const QString consents = textOf(window, "cardConsents");
    EXPECT_TRUE(consents.contains(QStringLiteral("✓</span>&nbsp;Reference"))) << consents.toStdString();
    EXPECT_TRUE(consents.contains(QStringLiteral("✓</span>&nbsp;Quote"))) << consents.toStdString();
    EXPECT_TRUE(consents.contains(QStringLiteral("✗</span>&nbsp;Logo"))) << consents.toStdString();

    // Thanked and asked again, the cap of 2 reached: the card says so.
    Appreciation thanks;
    thanks.advocateId = mei.id;
    thanks.kind = AppreciationKind::ThankYouNote;
    thanks.occurredOn = today();
    thanks.participationId = services().engagement().contributions(mei.id)->first().id;
    ASSERT_TRUE(services().engagement().recordAppreciation(thanks).ok());
    pastAsk(mei, QStringLiteral("Webinar"), 2);
    window->reload();
    EXPECT_EQ(textOf(window, "cardAsks"), QStringLiteral("2 of 2 asks in 90 days"));
    // Thanked, the case study still owes them its final version.
    EXPECT_TRUE(
        textOf(window, "nextStep").startsWith(QStringLiteral("Share the final version of the case study")))
        << textOf(window, "nextStep").toStdString();
    delete window;
}

TEST_F(ProfileCardTest, TheCardNamesTheNextMoveOfTheNominationPipeline)
{
    const Advocate ada =
        temp.makeAdvocate(QStringLiteral("ada@acme.test"), acme.id, QStringLiteral("Ada Lim"));
    ASSERT_TRUE(services().nominations().nominate(ada.id, QStringLiteral("Promoter at QBR")).ok());
    QPointer<ProfileWindow> window = openProfile(ada);
    auto *avatar = window->findChild<QWidget *>(QStringLiteral("initialsAvatar"));
    ASSERT_NE(avatar, nullptr);
    EXPECT_EQ(avatar->property("initials").toString(), QStringLiteral("AL"));
    EXPECT_EQ(textOf(window, "tierChip"), QStringLiteral("Community"));
    EXPECT_EQ(textOf(window, "cardOwner"), QStringLiteral("Nobody"));
    EXPECT_EQ(textOf(window, "cardPipeline"), QStringLiteral("Nominated"));
    EXPECT_EQ(textOf(window, "cardAsks"), QStringLiteral("0 of 2 asks in 90 days"));
    EXPECT_EQ(textOf(window, "nextStep"), QStringLiteral("Review the nomination."));
    delete window;
}

TEST_F(ProfileCardTest, EscapeAndCtrlWCloseTheProfileUnlessAPopupTakesEscape)
{
    // Escape from the timeline.
    QPointer<ProfileWindow> window = openProfile(mei);
    auto *timeline = window->findChild<QTableView *>(QStringLiteral("timelineView"));
    ASSERT_NE(timeline, nullptr);
    showTabOf(timeline);
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Escape);
    EXPECT_TRUE(closes(window)) << "Escape left the profile open";
    delete window;

    // An open list takes Escape first; the next Escape closes the window.
    window = openProfile(mei);
    QComboBox *filter = window->timelineFilter();
    showTabOf(filter);
    filter->setFocus();
    filter->showPopup();
    ASSERT_TRUE(QTest::qWaitFor([filter] { return filter->view()->isVisible(); }, 2000));
    QTest::keyClick(filter->view(), Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([filter] { return !filter->view()->isVisible(); }, 2000));
    EXPECT_FALSE(window.isNull());
    if (window) {
        EXPECT_TRUE(window->isVisible());
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));
        QTest::keyClick(filter, Qt::Key_Escape);
        EXPECT_TRUE(closes(window)) << "the second Escape left the profile open";
    }
    delete window;

    // Ctrl+W while typing the story: the window closes and keeps what was typed.
    window = openProfile(mei);
    QPlainTextEdit *story = window->storyEdit();
    showTabOf(story);
    story->setFocus();
    QTest::keyClicks(story, QStringLiteral("Cut onboarding to ten days"));
    QTest::keyClick(story, Qt::Key_W, Qt::ControlModifier);
    EXPECT_TRUE(closes(window)) << "Ctrl+W left the profile open";
    delete window;
    EXPECT_EQ(services().advocates().get(mei.id)->successStory, QStringLiteral("Cut onboarding to ten days"));
}

TEST_F(ProfileCardTest, EscapeAndCtrlWCloseTheAccountWindow)
{
    for (const auto &[key, modifiers] : {std::pair{Qt::Key_Escape, Qt::KeyboardModifiers()},
                                         std::pair{Qt::Key_W, Qt::KeyboardModifiers(Qt::ControlModifier)}}) {
        QPointer<AccountWindow> window = new AccountWindow(services(), acme.id);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));
        window->advocatesView()->setFocus();
        QTest::keyClick(window->advocatesView(), key, modifiers);
        EXPECT_TRUE(closes(window)) << QKeySequence(QKeyCombination(modifiers, key)).toString().toStdString()
                                    << " left the account window open";
        delete window;
    }
}

TEST_F(ProfileCardTest, TheNpsChartFollowsADarkPalette)
{
    nps(mei, 6, daysAgo(200));
    nps(mei, 9, daysAgo(20));
    QPointer<ProfileWindow> window = openProfile(mei);
    NpsChart *chart = window->npsChart();
    showTabOf(chart);
    ASSERT_EQ(chart->pointCount(), 2);
    ASSERT_FALSE(chart->chart()->axes().isEmpty());

    Preferences::applyTheme(Preferences::Theme::Dark);
    QApplication::processEvents();
    const QPalette dark = chart->palette();
    ASSERT_LT(dark.color(QPalette::Window).lightness(), 80);
    for (QAbstractAxis *axis : chart->chart()->axes()) {
        EXPECT_EQ(axis->labelsBrush().color(), dark.color(QPalette::Text));
        EXPECT_EQ(axis->labelsColor(), dark.color(QPalette::Text));
    }
    EXPECT_EQ(chart->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    // ADVOCATEDESK_SCREENSHOT_DIR=/tmp/shots keeps a picture to look at.
    if (const QString shots = qEnvironmentVariable("ADVOCATEDESK_SCREENSHOT_DIR"); !shots.isEmpty())
        window->grab().save(shots + QStringLiteral("/profile-nps-dark.png"));

    // And back: new answers drawn on the light palette take its colours.
    Preferences::applyTheme(Preferences::Theme::Light);
    nps(mei, 10, daysAgo(2));
    window->reload();
    const QPalette light = chart->palette();
    for (QAbstractAxis *axis : chart->chart()->axes())
        EXPECT_EQ(axis->labelsBrush().color(), light.color(QPalette::Text));
    Preferences::applyTheme(Preferences::Theme::System);
    delete window;
}

} // namespace
