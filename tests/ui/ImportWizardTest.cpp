// The import wizard driven with real widgets: file, mapping, preview, commit.
#include "io/ImportWizard.h"
#include "TempDatabase.h"
#include "io/ColumnMapping.h"
#include "io/FileChooser.h"
#include "io/ImportMappingPage.h"
#include "io/ImportPreviewPage.h"
#include "io/ImportSourcePage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class ImportWizardTest : public ::testing::Test
{
protected:
    QString writeCsv(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(temp.dir()).filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    std::unique_ptr<ImportWizard> openWizard(const QString &csv)
    {
        auto wizard = std::make_unique<ImportWizard>(temp.services());
        wizard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        wizard->sourcePage()->setFilePath(csv);
        return wizard;
    }

    // The preview checks the rows on a worker thread; wait until it has.
    static void waitForPreview(ImportWizard &wizard)
    {
        ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.previewPage()->isBusy(); }, 60000));
    }

    bool exists(const QString &email)
    {
        const auto found = temp.services().advocates().findByEmail(email);
        return found.ok() && found->has_value();
    }

    test::TempDatabase temp;
};

// Excel on a European locale: a BOM, semicolons, CRLF.
const QByteArray kGoodCsv = QByteArrayLiteral("\xEF\xBB\xBF"
                                              "Email;First Name;Last Name;Company\r\n"
                                              "ana@globex.example;Ana;Silva;Globex\r\n"
                                              "ben@globex.example;Ben;Ong;Globex\r\n");

TEST_F(ImportWizardTest, PreviewsThenCommitsOnAWorkerThread)
{
    auto wizard = openWizard(writeCsv(QStringLiteral("contacts.csv"), kGoodCsv));
    const QString info = wizard->sourcePage()->fileInfoLabel()->text();
    EXPECT_TRUE(info.contains(QStringLiteral("UTF-8 with BOM"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("semicolon"))) << info.toStdString();
    ASSERT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPageId);
    ImportMappingPage *mapping = wizard->mappingPage();
    EXPECT_EQ(mapping->table()->rowCount(), 4);
    EXPECT_EQ(mapping->field(0), QStringLiteral("email"));
    EXPECT_EQ(mapping->field(1), QStringLiteral("first_name"));
    EXPECT_EQ(mapping->field(3), QStringLiteral("account"));

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    waitForPreview(*wizard);
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPageId);
    ImportPreviewPage *preview = wizard->previewPage();
    ASSERT_EQ(preview->rowsTable()->rowCount(), 2);
    EXPECT_EQ(preview->rowsTable()->item(0, 0)->text(), QStringLiteral("ana@globex.example"));
    EXPECT_EQ(preview->issueList()->count(), 0);
    EXPECT_TRUE(preview->summaryLabel()->text().contains(QStringLiteral("2 to create")))
        << preview->summaryLabel()->text().toStdString();
    EXPECT_FALSE(exists(QStringLiteral("ana@globex.example"))) << "a preview never writes";
    // ADVOCATEDESK_SCREENSHOT_DIR=/tmp/shots keeps a picture of the preview for the docs.
    if (const QString shots = qEnvironmentVariable("ADVOCATEDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        wizard->grab().save(QDir(shots).filePath(QStringLiteral("import-preview.png")));
    }

    QSignalSpy imported(wizard.get(), &ImportWizard::imported);
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    ASSERT_TRUE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->isCommitted(); }, 10000))
        << preview->outcomeLabel()->text().toStdString();
    EXPECT_EQ(imported.count(), 1);
    EXPECT_TRUE(preview->outcomeLabel()->text().contains(QStringLiteral("2 created")))
        << preview->outcomeLabel()->text().toStdString();
    EXPECT_TRUE(exists(QStringLiteral("ana@globex.example")));
    EXPECT_TRUE(exists(QStringLiteral("ben@globex.example")));

    QTest::mouseClick(finish, Qt::LeftButton);
    EXPECT_EQ(wizard->result(), QDialog::Accepted);
}

TEST_F(ImportWizardTest, RowErrorsShowTheirLineAndKeepFinishDisabled)
{
    const QString before = temp.snapshot();
    auto wizard = openWizard(
        writeCsv(QStringLiteral("bad.csv"), QByteArrayLiteral("Email,Name,Company\n"
                                                              "ana@globex.example,Ana Silva,Globex\n"
                                                              "not-an-email,Ben Ong,Globex\n")));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    waitForPreview(*wizard);
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPageId);
    QListWidget *issues = wizard->previewPage()->issueList();
    ASSERT_EQ(issues->count(), 1);
    EXPECT_TRUE(issues->item(0)->text().startsWith(QStringLiteral("line 3, Email:")))
        << issues->item(0)->text().toStdString();

    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    EXPECT_FALSE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    QTest::qWait(50);
    EXPECT_FALSE(wizard->previewPage()->isCommitted());
    EXPECT_EQ(temp.snapshot(), before) << "nothing is written";
}

TEST_F(ImportWizardTest, EditedMappingIsUsedAndSavedAsAFileThatReadsBack)
{
    auto wizard = openWizard(
        writeCsv(QStringLiteral("odd.csv"), QByteArrayLiteral("Contact mail,Who,Employer\n"
                                                              "cy@initech.example,Cy Tan,Initech\n")));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    ImportMappingPage *mapping = wizard->mappingPage();
    // Nothing matches by name: the page says what is missing and will not go on.
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    mapping->setField(0, QStringLiteral("email"));
    mapping->setField(1, QStringLiteral("name"));
    mapping->setField(2, QStringLiteral("account"));
    ASSERT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());

    const QString saved = QDir(temp.dir()).filePath(QStringLiteral("mapping.json"));
    ASSERT_TRUE(mapping->saveMapping(saved).ok());
    const Result<ColumnMapping> reread = ColumnMapping::fromJsonFile(saved);
    ASSERT_TRUE(reread.ok()) << reread.error().message.toStdString();
    const auto bindings =
        reread->resolve(ImportKind::Advocates,
                        {QStringLiteral("Contact mail"), QStringLiteral("Who"), QStringLiteral("Employer")},
                        QStringLiteral("odd.csv"));
    ASSERT_TRUE(bindings.ok()) << bindings.error().message.toStdString();
    EXPECT_EQ(bindings->size(), 3);

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    waitForPreview(*wizard);
    EXPECT_EQ(wizard->previewPage()->issueList()->count(), 0);
    EXPECT_EQ(wizard->previewPage()->rowsTable()->item(0, 1)->text(), QStringLiteral("Cy Tan"));
}

TEST_F(ImportWizardTest, ACommitRefusedAfterThePreviewWritesNothingAndSaysWhy)
{
    auto wizard = openWizard(writeCsv(QStringLiteral("contacts.csv"), kGoodCsv));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    waitForPreview(*wizard);
    ImportPreviewPage *preview = wizard->previewPage();
    ASSERT_EQ(preview->issueList()->count(), 0);

    // A colleague adds Ben between the preview and the commit.
    const Account globex = temp.makeAccount(QStringLiteral("Globex"));
    temp.makeAdvocate(QStringLiteral("ben@globex.example"), globex.id, QStringLiteral("Ben Ong"));
    const QString before = temp.snapshot();

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !preview->isCommitting(); }, 10000));
    EXPECT_FALSE(preview->isCommitted());
    EXPECT_TRUE(preview->outcomeLabel()->text().startsWith(QStringLiteral("Nothing was imported")))
        << preview->outcomeLabel()->text().toStdString();
    ASSERT_GE(preview->issueList()->count(), 1);
    EXPECT_TRUE(preview->issueList()->item(0)->text().startsWith(QStringLiteral("line 3")))
        << preview->issueList()->item(0)->text().toStdString();
    EXPECT_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    EXPECT_EQ(temp.snapshot(), before) << "all or nothing";
    EXPECT_FALSE(exists(QStringLiteral("ana@globex.example")));
}

} // namespace

namespace {

QByteArray manyRows(int count)
{
    QByteArray csv("email,name,account\n");
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("p%1@globex.example,Person %1,Globex\n").arg(i).toUtf8();
    return csv;
}

} // namespace

TEST_F(ImportWizardTest, CommitShowsProgressOnTheBar)
{
    auto wizard = openWizard(writeCsv(QStringLiteral("many.csv"), manyRows(1500)));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    waitForPreview(*wizard);
    ImportPreviewPage *preview = wizard->previewPage();
    QSignalSpy steps(preview->progressBar(), &QProgressBar::valueChanged);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    EXPECT_TRUE(preview->progressBar()->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->isCommitted(); }, 60000))
        << preview->outcomeLabel()->text().toStdString();
    EXPECT_GT(steps.count(), 2);
    EXPECT_EQ(preview->progressBar()->maximum(), 1500); // one pass checks and writes every row
    EXPECT_EQ(steps.last().first().toInt(), 1500);
    EXPECT_TRUE(exists(QStringLiteral("p1499@globex.example")));
}

TEST_F(ImportWizardTest, CancelDuringTheCommitWritesNothing)
{
    auto wizard = openWizard(writeCsv(QStringLiteral("many.csv"), manyRows(5000)));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    waitForPreview(*wizard);
    ImportPreviewPage *preview = wizard->previewPage();
    const QString before = temp.snapshot();
    const QByteArray fileBefore = test::fileHash(temp.path());

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    ASSERT_TRUE(preview->isCommitting());
    QAbstractButton *cancel = wizard->button(QWizard::CancelButton);
    ASSERT_TRUE(cancel->isEnabled()) << "Cancel stays available during the commit";
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_TRUE(wizard->isVisible()) << "the wizard stays open to say what happened";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !preview->isCommitting(); }, 60000));
    EXPECT_FALSE(preview->isCommitted());
    EXPECT_TRUE(preview->outcomeLabel()->text().contains(QStringLiteral("cancelled")))
        << preview->outcomeLabel()->text().toStdString();
    EXPECT_EQ(temp.snapshot(), before);
    EXPECT_EQ(test::fileHash(temp.path()), fileBefore);
    EXPECT_FALSE(exists(QStringLiteral("p0@globex.example")));

    // Cancel again, now that nothing runs, closes the wizard.
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_EQ(wizard->result(), QDialog::Rejected);
}

TEST_F(ImportWizardTest, ImportOnlyTheGoodRowsWhenTheUserChoosesAndSaveTheErrors)
{
    auto wizard = openWizard(
        writeCsv(QStringLiteral("mixed.csv"), QByteArrayLiteral("Email,Name,Company\n"
                                                                "ana@globex.example,Ana Silva,Globex\n"
                                                                "not-an-email,Ben Ong,Globex\n"
                                                                "cy@globex.example,Cy Tan,Globex\n")));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    waitForPreview(*wizard);
    ImportPreviewPage *preview = wizard->previewPage();
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    EXPECT_FALSE(finish->isEnabled());
    ASSERT_TRUE(preview->skipBadRowsBox()->isVisible());

    const QString reportPath = QDir(temp.dir()).filePath(QStringLiteral("errors.csv"));
    FileChooser::setNextAnswerForTesting(reportPath);
    QTest::mouseClick(preview->saveReportButton(), Qt::LeftButton);
    QFile saved(reportPath);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll().contains("mixed.csv,3,email,"));

    preview->skipBadRowsBox()->setChecked(true);
    ASSERT_TRUE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->isCommitted(); }, 10000))
        << preview->outcomeLabel()->text().toStdString();
    EXPECT_TRUE(
        preview->outcomeLabel()->text().contains(QRegularExpression(QStringLiteral("\\b1 row.* left out"))))
        << preview->outcomeLabel()->text().toStdString();
    EXPECT_TRUE(exists(QStringLiteral("ana@globex.example")));
    EXPECT_TRUE(exists(QStringLiteral("cy@globex.example")));
}

TEST_F(ImportWizardTest, PreviewChecksOnTheWorkerThreadAndCancelStopsIt)
{
    // Enough rows that the check is still running when Cancel is clicked: the
    // importer checks 5,000 rows in a few milliseconds now.
    auto wizard = openWizard(writeCsv(QStringLiteral("many.csv"), manyRows(100000)));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    ImportPreviewPage *preview = wizard->previewPage();
    // Next returned at once: the rows are checked on the worker thread.
    ASSERT_TRUE(preview->isPreviewing());
    EXPECT_TRUE(preview->progressBar()->isVisible());
    EXPECT_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    EXPECT_TRUE(wizard->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !preview->isBusy(); }, 60000));
    EXPECT_TRUE(preview->summaryLabel()->text().contains(QStringLiteral("cancelled")))
        << preview->summaryLabel()->text().toStdString();
    EXPECT_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    EXPECT_TRUE(wizard->button(QWizard::BackButton)->isEnabled());

    // Back and Next check again, to the end this time.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    waitForPreview(*wizard);
    EXPECT_TRUE(preview->summaryLabel()->text().contains(QStringLiteral("100000 to create")))
        << preview->summaryLabel()->text().toStdString();
    EXPECT_TRUE(wizard->button(QWizard::FinishButton)->isEnabled());
}
