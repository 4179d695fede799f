#include "TempDatabase.h"
#include "dialogs/EngagementDialogs.h"
#include "dialogs/NominateDialog.h"
#include "feedback/FeedbackDialog.h"
#include "feedback/FeedbackModel.h"
#include "feedback/FeedbackPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

void clickOk(QDialog &dialog)
{
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

class FeedbackTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Account acme = temp.makeAccount(QStringLiteral("Acme"));
        ada = temp.makeAdvocate(QStringLiteral("ada@acme.example"), acme.id, QStringLiteral("Ada Lim"));
        FeedbackItem praise;
        praise.source = QStringLiteral("G2");
        praise.rating = 5;
        praise.sentiment = Sentiment::Positive;
        praise.body = QStringLiteral("Onboarding took ten days");
        praise.advocateId = ada.id;
        praise.receivedOn = QDate(2026, 6, 2);
        ASSERT_TRUE(temp.services().feedback().record(praise).ok());
        FeedbackItem gripe = praise;
        gripe.sentiment = Sentiment::Negative;
        gripe.body = QStringLiteral("Export is slow");
        gripe.receivedOn = QDate(2026, 6, 1);
        ASSERT_TRUE(temp.services().feedback().record(gripe).ok());
    }

    test::TempDatabase temp;
    Advocate ada;
};

TEST_F(FeedbackTest, ModelPassesTheTester)
{
    FeedbackModel model(temp.services());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 2);
    FeedbackFilter filter;
    filter.sentiment = Sentiment::Negative;
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(FeedbackTest, NominateIsOfferedOnAPositiveItemAndNominates)
{
    FeedbackPage page(temp.services());
    page.show();
    QString offered;
    page.setEvidencePrompt([&](QWidget *, const QString &suggested) {
        offered = suggested;
        return std::optional<QString>(suggested);
    });
    QTableView *table = page.table();
    table->selectRow(1); // newest first: row 1 is the complaint
    EXPECT_FALSE(page.nominateButton()->isEnabled());
    table->selectRow(0);
    ASSERT_TRUE(page.nominateButton()->isEnabled());
    QTest::mouseClick(page.nominateButton(), Qt::LeftButton);
    EXPECT_TRUE(offered.contains(QStringLiteral("Onboarding took ten days")));
    auto nomination = temp.services().nominations().forAdvocate(ada.id);
    ASSERT_TRUE(nomination.ok() && nomination->has_value());
    EXPECT_EQ((*nomination)->evidence, offered);
}

TEST_F(FeedbackTest, FilteringBySentimentFromTheComboBox)
{
    FeedbackPage page(temp.services());
    QComboBox *sentiment = page.sentimentBox();
    sentiment->setCurrentIndex(sentiment->findData(keyOf(Sentiment::Negative)));
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.model()->index(0, FeedbackModel::TextColumn).data().toString(),
              QStringLiteral("Export is slow"));
}

TEST_F(FeedbackTest, TheDialogRecognisesAnAdvocateByEmailAndRefusesAStranger)
{
    FeedbackDialog dialog(temp.services());
    dialog.sourceBox()->setCurrentText(QStringLiteral("Trustpilot"));
    dialog.textEdit()->setPlainText(QStringLiteral("Support answered in minutes"));
    dialog.emailEdit()->setText(QStringLiteral("nobody@nowhere.example"));
    const QString before = temp.snapshot();
    clickOk(dialog);
    EXPECT_EQ(dialog.result(), int(QDialog::Rejected)); // still open
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("formProblem"))
                    ->text()
                    .contains(QStringLiteral("nobody@")));
    EXPECT_EQ(temp.snapshot(), before);

    dialog.emailEdit()->setText(QStringLiteral("ADA@acme.example"));
    clickOk(dialog);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    FeedbackFilter filter;
    filter.advocateId = ada.id;
    EXPECT_EQ(temp.services().feedback().list(filter)->size(), 3);
}

TEST_F(FeedbackTest, TheReferralDialogLogsAReferral)
{
    ReferralDialog dialog(temp.services(), ada.id);
    clickOk(dialog); // no company yet
    EXPECT_NE(dialog.result(), int(QDialog::Accepted));
    dialog.companyEdit()->setText(QStringLiteral("Borneo Freight"));
    clickOk(dialog);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(temp.services().referrals().forAdvocate(ada.id)->size(), 1);
}

TEST_F(FeedbackTest, TheContributionDialogRecordsTheChosenActivity)
{
    ContributionDialog dialog(temp.services(), ada.id);
    dialog.typeBox()->setCurrentIndex(
        dialog.typeBox()->findText(QStringLiteral("Case study"), Qt::MatchStartsWith));
    clickOk(dialog);
    ASSERT_EQ(dialog.result(), int(QDialog::Accepted));
    auto contributions = temp.services().engagement().contributions(ada.id);
    ASSERT_EQ(contributions->size(), 1);
    EXPECT_EQ(contributions->first().activityTypeId, dialog.typeBox()->currentData().toString());
}

} // namespace

namespace {

TEST_F(FeedbackTest, TheNominateDialogRecognisesAnEmailOnFile)
{
    NominateDialog dialog(temp.services());
    dialog.show();
    dialog.emailEdit()->setFocus();
    QTest::keyClicks(dialog.emailEdit(), QStringLiteral("Ada@Acme.example"));
    QTest::keyClick(dialog.emailEdit(), Qt::Key_Tab);
    EXPECT_TRUE(dialog.recognised()->text().contains(QStringLiteral("Ada Lim")))
        << dialog.recognised()->text().toStdString();
    EXPECT_FALSE(dialog.nameEdit()->isEnabled());
    dialog.evidenceEdit()->setPlainText(QStringLiteral("Five-star G2 review"));
    clickOk(dialog);
    ASSERT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(dialog.nominatedAdvocateId(), ada.id);
    EXPECT_EQ(temp.services().stats().counts()->at(1).second, 1); // still one advocate
}

TEST_F(FeedbackTest, TheNominateDialogCreatesANewAdvocateAtANewAccount)
{
    NominateDialog dialog(temp.services());
    dialog.emailEdit()->setText(QStringLiteral("siti@borneo.example"));
    dialog.nameEdit()->setText(QStringLiteral("Siti Rahman"));
    dialog.accountBox()->setCurrentText(QStringLiteral("Borneo Freight"));
    dialog.evidenceEdit()->setPlainText(QStringLiteral("Promoter"));
    clickOk(dialog);
    ASSERT_EQ(dialog.result(), int(QDialog::Accepted));
    auto found = temp.services().advocates().findByEmail(QStringLiteral("siti@borneo.example"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_TRUE(temp.services().accounts().findByName(QStringLiteral("Borneo Freight"))->has_value());
}

} // namespace
