// Case-study export (CSV and PDF) and personal-data requests from the profile.
#include "TempDatabase.h"
#include "io/CaseStudyExportDialog.h"
#include "io/CsvReader.h"
#include "io/FileChooser.h"
#include "io/PersonalDataActions.h"
#include "profile/ProfileWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class IoDialogsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Account acme = temp.makeAccount(QStringLiteral("Acme Logistics"));
        ana =
            temp.makeAdvocate(QStringLiteral("ana@acme.example"), acme.id, QStringLiteral("Ana Consenting"));
        ben = temp.makeAdvocate(QStringLiteral("ben@acme.example"), acme.id, QStringLiteral("Ben Private"));
        ASSERT_TRUE(
            temp.services().advocates().grantConsent(ana.id, ConsentAsset::Name, QDate(2026, 1, 1)).ok());
        ASSERT_TRUE(
            temp.services().advocates().grantConsent(ana.id, ConsentAsset::Logo, QDate(2026, 1, 1)).ok());
    }

    QString path(const QString &name) const { return QDir(temp.dir()).filePath(name); }

    static QByteArray run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return process.readAllStandardOutput();
    }

    QAction *personalDataAction(ProfileWindow &profile, const char *name)
    {
        auto *button = profile.findChild<QPushButton *>(QStringLiteral("personalDataButton"));
        EXPECT_NE(button, nullptr);
        return button ? button->menu()->findChild<QAction *>(QString::fromLatin1(name)) : nullptr;
    }

    test::TempDatabase temp;
    Advocate ana;
    Advocate ben;
};

TEST_F(IoDialogsTest, CaseStudyCsvHoldsOnlyConsentedAdvocates)
{
    CaseStudyExportDialog dialog(temp.services());
    dialog.setFormat(CaseStudyExportDialog::Format::Csv);
    const QString out = path(QStringLiteral("case-studies.csv"));
    FileChooser::setNextAnswerForTesting(out);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("caseStudyExportButton")),
                      Qt::LeftButton);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(csv.contains(QStringLiteral("Ana Consenting"))) << csv.toStdString();
    EXPECT_FALSE(csv.contains(QStringLiteral("Ben"))) << csv.toStdString();
    EXPECT_TRUE(dialog.resultLabel()->text().contains(QStringLiteral("1 advocate")));
}

TEST_F(IoDialogsTest, CaseStudyAnonymiseListsTheOthersWithoutTheirName)
{
    CaseStudyExportDialog dialog(temp.services());
    dialog.setFormat(CaseStudyExportDialog::Format::Csv);
    auto *anonymise = dialog.findChild<QCheckBox *>(QStringLiteral("caseStudyAnonymise"));
    ASSERT_NE(anonymise, nullptr);
    QTest::mouseClick(anonymise, Qt::LeftButton, {}, QPoint(4, anonymise->height() / 2));
    ASSERT_TRUE(anonymise->isChecked());
    EXPECT_TRUE(dialog.filter().anonymiseOthers);
    const QString out = path(QStringLiteral("anonymised.csv"));
    FileChooser::setNextAnswerForTesting(out);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("caseStudyExportButton")), Qt::LeftButton);
    const auto table = CsvReader::readFile(out);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->records.size(), 2) << "Ben is listed, anonymously";
    QString all;
    for (const CsvRecord &record : table->records)
        all += record.cells.join(QLatin1Char('|')) + QLatin1Char('\n');
    EXPECT_TRUE(all.contains(QStringLiteral("Ana Consenting"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("Ben"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("ben@"))) << all.toStdString();
}

TEST_F(IoDialogsTest, CaseStudyPdfHasPagesAndNamesTheAdvocate)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdftotext.isEmpty() || pdfinfo.isEmpty())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) is not installed";

    CaseStudyExportDialog dialog(temp.services());
    dialog.setFormat(CaseStudyExportDialog::Format::Pdf);
    dialog.setFilter(CaseStudyFilter{QStringLiteral("Logistics")});
    const QString out = path(QStringLiteral("case-studies.pdf"));
    const Result<int> written = dialog.exportTo(out);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(*written, 1);
    EXPECT_EQ(QFile::permissions(out) &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());

    const QString info = QString::fromUtf8(run(pdfinfo, {out}));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    ASSERT_TRUE(pages.hasMatch()) << info.toStdString();
    EXPECT_GE(pages.captured(1).toInt(), 1);
    const QString text = QString::fromUtf8(run(pdftotext, {out, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(QStringLiteral("Ana Consenting"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Logistics"))) << "the filters are printed";
    EXPECT_FALSE(text.contains(QStringLiteral("Ben Private")));
}

TEST_F(IoDialogsTest, ProfileExportsPersonalData)
{
    QUndoStack undo;
    ProfileWindow profile(temp.services(), &undo, ben.id);
    profile.setAttribute(Qt::WA_DeleteOnClose, false);
    const QString out = path(QStringLiteral("ben.json"));
    FileChooser::setNextAnswerForTesting(out);
    QAction *exportAction = personalDataAction(profile, "exportPersonalDataAction");
    ASSERT_NE(exportAction, nullptr);
    exportAction->trigger();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("ben@acme.example"));
}

TEST_F(IoDialogsTest, EraseFromTheProfileNeedsTheEmailThenRemovesThePerson)
{
    QUndoStack undo;
    ProfileWindow profile(temp.services(), &undo, ben.id);
    profile.setAttribute(Qt::WA_DeleteOnClose, false);
    profile.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&profile));
    QSignalSpy changed(&profile, &ProfileWindow::advocateChanged);

    bool eraseWasEnabledEarly = true;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ErasePersonDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto *erase = dialog->findChild<QPushButton *>(QStringLiteral("eraseButton"));
        QTest::keyClicks(dialog->confirmation(), QStringLiteral("ben@acme"));
        eraseWasEnabledEarly = erase->isEnabled();
        QTest::keyClicks(dialog->confirmation(), QStringLiteral(".example"));
        QTest::mouseClick(erase, Qt::LeftButton);
    });
    QAction *eraseAction = personalDataAction(profile, "erasePersonAction");
    ASSERT_NE(eraseAction, nullptr);
    eraseAction->trigger();

    EXPECT_FALSE(eraseWasEnabledEarly) << "Erase waits for the whole email";
    const auto found = temp.services().advocates().findByEmail(QStringLiteral("ben@acme.example"));
    ASSERT_TRUE(found.ok());
    EXPECT_FALSE(found->has_value());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(profile.isVisible()) << "the profile of an erased person closes";
    const auto kept = temp.services().advocates().findByEmail(QStringLiteral("ana@acme.example"));
    EXPECT_TRUE(kept.ok() && kept->has_value());
}

} // namespace

// Before anything is written, the dialog says what the list will hold: who is
// named, who is anonymous (and whose story was redacted), who is left out and why.
TEST_F(IoDialogsTest, CaseStudyExportPreviewCountsNamedAnonymousAndLeftOut)
{
    const Account acme = temp.services().accounts().findByName(QStringLiteral("Acme Logistics"))->value();
    Advocate cy = temp.makeAdvocate(QStringLiteral("cy@acme.example"), acme.id, QStringLiteral("Cy Quoted"));
    cy.successStory = QStringLiteral("Acme Logistics halved returns, says Cy.");
    ASSERT_TRUE(temp.services().advocates().update(cy).ok());
    ASSERT_TRUE(temp.services().advocates().grantConsent(cy.id, ConsentAsset::Quote, QDate(2026, 1, 1)).ok());

    CaseStudyExportDialog dialog(temp.services());
    dialog.show();
    const QString preview = dialog.previewLabel()->text();
    EXPECT_TRUE(preview.contains(QStringLiteral("2 advocates will be exported"))) << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("1 named"))) << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("1 anonymous"))) << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("“the customer”"))) << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("Left out: 1 without a current consent"))) << preview.toStdString();

    dialog.findChild<QCheckBox *>(QStringLiteral("caseStudyAnonymise"))->setChecked(true);
    EXPECT_TRUE(dialog.previewLabel()->text().contains(QStringLiteral("3 advocates will be exported")))
        << dialog.previewLabel()->text().toStdString();
    EXPECT_FALSE(dialog.previewLabel()->text().contains(QStringLiteral("Left out")));
}
