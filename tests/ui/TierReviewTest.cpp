#include "../core/ProgrammeFixture.h"
#include "programme/ProgrammeSettings.h"
#include "programme/TierReviewPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class TierReviewTest : public test::ProgrammeFixture
{
protected:
    void SetUp() override
    {
        Account harbour = account(QStringLiteral("Harbour Logistics"));
        ada = enrolled(QStringLiteral("ada@harbour.example"), harbour.id);
        ASSERT_NO_FATAL_FAILURE(earnSilver(ada));
    }

    // Three case studies: well past the Silver threshold.
    void earnSilver(const Advocate &advocate)
    {
        for (int ago : {20, 40, 60}) {
            Participation p;
            p.advocateId = advocate.id;
            p.activityTypeId = activity(QStringLiteral("Case study"));
            p.occurredOn = daysAgo(ago);
            ASSERT_TRUE(services().engagement().recordContribution(p).ok());
        }
    }

    Advocate ada;
};

TEST_F(TierReviewTest, FirstShowComputesTheQueueWithoutAButtonPress)
{
    TierReviewPage page(services());
    EXPECT_EQ(page.table()->rowCount(), 0); // nothing computed before anyone looks
    QSignalSpy recomputed(&page, &TierReviewPage::recomputed);
    page.show();
    EXPECT_TRUE(page.isRecomputing()); // off the UI thread
    ASSERT_TRUE(recomputed.wait(60000));
    ASSERT_EQ(page.table()->rowCount(), 1);
    EXPECT_EQ(page.table()->item(0, 1)->text(), ada.email);
    EXPECT_EQ(services().advocates().get(ada.id)->tier, Tier::Community); // a proposal only
}

TEST_F(TierReviewTest, ALongQueueShowsItsOldestAndSaysHowManyWait)
{
    Account ward = account(QStringLiteral("Ward Clinics"));
    for (const char *email : {"bo@ward.example", "cy@ward.example"})
        ASSERT_NO_FATAL_FAILURE(earnSilver(enrolled(QString::fromLatin1(email), ward.id)));
    TierReviewPage page(services());
    page.setRowLimit(2);
    page.setReasonPrompt(
        [](QWidget *, const QString &) { return std::optional<QString>(QStringLiteral("Earned it")); });
    QSignalSpy recomputed(&page, &TierReviewPage::recomputed);
    page.show();
    ASSERT_TRUE(recomputed.wait(60000));
    EXPECT_EQ(page.table()->rowCount(), 2);
    EXPECT_TRUE(page.moreNotice()->isVisible());
    EXPECT_EQ(page.moreNotice()->text(),
              TierReviewPage::tr("The oldest %1 of %2 reviews; decide these to see the next.").arg(2).arg(3));
    // Deciding one brings up the last; nothing more waits.
    page.table()->selectRow(0);
    ASSERT_TRUE(page.approveSelected());
    EXPECT_EQ(page.table()->rowCount(), 2);
    EXPECT_FALSE(page.moreNotice()->isVisible());
}

TEST_F(TierReviewTest, ApprovingInTheQueueChangesTheTierAndAuditsIt)
{
    TierReviewPage page(services());
    page.setReasonPrompt(
        [](QWidget *, const QString &) { return std::optional<QString>(QStringLiteral("Earned it")); });
    QSignalSpy recomputed(&page, &TierReviewPage::recomputed);
    page.show();
    ASSERT_TRUE(recomputed.wait(60000));
    ASSERT_EQ(page.table()->rowCount(), 1);
    EXPECT_EQ(page.table()->item(0, 1)->text(), ada.email);
    EXPECT_EQ(services().advocates().get(ada.id)->tier, Tier::Community); // not before approval
    const QString recommended = page.table()->item(0, 3)->text();

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("approveTier")), Qt::LeftButton);
    EXPECT_EQ(displayName(services().advocates().get(ada.id)->tier), recommended);
    EXPECT_EQ(page.table()->rowCount(), 0);
    auto events = services().audit().forAdvocate(ada.id);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events->last().field, QStringLiteral("tier"));
    EXPECT_EQ(events->last().reason, QStringLiteral("Earned it"));
}

TEST_F(TierReviewTest, AnOverrideSetsTheChosenTier)
{
    TierReviewPage page(services());
    page.setReasonPrompt(
        [](QWidget *, const QString &) { return std::optional<QString>(QStringLiteral("Exec sponsor")); });
    page.setTierPrompt([](QWidget *, Tier) { return std::optional<Tier>(Tier::Gold); });
    page.reload(true);
    ASSERT_TRUE(page.overrideSelected());
    EXPECT_EQ(services().advocates().get(ada.id)->tier, Tier::Gold);
}

TEST_F(TierReviewTest, ACsmCannotApproveAndNothingChanges)
{
    ASSERT_TRUE(services().users().create(QStringLiteral("casey"), UserRole::Csm).ok());
    FixedClock clock(temp.clock().now());
    Services asCsm(temp.db(), clock, QStringLiteral("casey"));
    TierReviewPage page(asCsm);
    int asked = 0;
    page.setReasonPrompt([&asked](QWidget *, const QString &) {
        ++asked;
        return std::optional<QString>(QStringLiteral("Please"));
    });
    page.reload(true);
    ASSERT_EQ(page.table()->rowCount(), 1);
    // The CSM sees why before trying: the decisions are greyed out and say whose they are.
    auto *approve = page.findChild<QPushButton *>(QStringLiteral("approveTier"));
    ASSERT_TRUE(approve);
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_TRUE(approve->toolTip().contains(QStringLiteral("programme manager"))) << approve->toolTip().toStdString();
    EXPECT_TRUE(approve->toolTip().contains(QStringLiteral("casey")));
    const QString before = temp.snapshot();
    EXPECT_FALSE(page.approveSelected());
    EXPECT_FALSE(page.overrideSelected());
    EXPECT_EQ(asked, 0) << "nobody types a reason for a decision that is not theirs";
    EXPECT_EQ(temp.snapshot(), before);
    EXPECT_FALSE(page.notice()->text().isEmpty());
}

} // namespace

namespace {

TEST(ProgrammeSettings, EditedRulesApplyAtOnceAreStoredInTheFileAndValidated)
{
    test::TempDatabase temp;
    ProgrammeSettingsDialog dialog(temp.services());
    dialog.spinBox("askCap")->setValue(3);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(temp.services().rules().askCap, 3);
    temp.reopen(); // what another program opening the file sees
    ASSERT_TRUE(temp.services().settings().apply().ok());
    EXPECT_EQ(temp.services().rules().askCap, 3);

    const QString before = temp.snapshot();
    ProgrammeSettingsDialog invalid(temp.services());
    invalid.spinBox("npsDetractorMax")->setValue(8);
    invalid.spinBox("npsPassiveMax")->setValue(7);
    invalid.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    EXPECT_NE(invalid.result(), int(QDialog::Accepted));
    EXPECT_EQ(temp.services().rules().npsDetractorMax, 6);
    EXPECT_EQ(temp.snapshot(), before);
}

} // namespace
