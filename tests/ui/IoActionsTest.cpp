// The main window's import, export and sync entry points.
#include "TempDatabase.h"
#include "advocates/AdvocatesPage.h"
#include "io/FileChooser.h"
#include "io/ImportWizard.h"
#include "io/SyncConflictDialog.h"
#include "io/SyncExporter.h"
#include "io/SyncImporter.h"
#include "io/SyncSignature.h"
#include "io/SyncReportDialog.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPixmap>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QMessageBox>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace ad;

namespace {

std::unique_ptr<MainWindow> openWindow(const QString &path)
{
    Result<std::unique_ptr<Session>> session = Session::open(path);
    EXPECT_TRUE(session.ok()) << session.error().message.toStdString();
    if (!session)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(session).value());
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

TEST(IoActionsTest, FileMenuAndEmptyStateOfferImport)
{
    test::TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    auto window = openWindow(path);
    ASSERT_NE(window, nullptr);
    auto *import = window->findChild<QAction *>(QStringLiteral("importCsvAction"));
    ASSERT_NE(import, nullptr);
    EXPECT_EQ(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    for (const char *name :
         {"exportCaseStudiesAction", "exportSyncAction", "exportFullSyncAction", "importSyncAction"})
        EXPECT_NE(window->findChild<QAction *>(QString::fromLatin1(name)), nullptr) << name;

    // The empty Advocates page offers the wizard next to the demo data.
    auto *button = window->advocatesPage()->findChild<QPushButton *>(QStringLiteral("importButton"));
    ASSERT_NE(button, nullptr);
    bool wizardOpened = false;
    QTimer::singleShot(0, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        wizardOpened = wizard != nullptr;
        if (wizard)
            wizard->reject();
    });
    button->click();
    EXPECT_TRUE(wizardOpened);
}

TEST(IoActionsTest, ImportSyncBundleMergesAndReportsThenReloads)
{
    test::TempDatabase colleague;
    const Account acme = colleague.makeAccount(QStringLiteral("Acme Logistics"));
    colleague.makeAdvocate(QStringLiteral("zoe@acme.example"), acme.id, QStringLiteral("Zoe Colleague"));
    const QString bundle = QDir(colleague.dir()).filePath(QStringLiteral("bundle.json"));
    const auto written = SyncExporter(colleague.services().context()).write(bundle, true);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString colleagueFingerprint = SyncSignature(colleague.services().context()).own()->fingerprint;

    test::TempDatabase mine;
    const QString path = mine.path();
    mine.close();
    auto window = openWindow(path);
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->advocatesPage()->programmeSize(), 0);

    // The colleague's first bundle: their key's fingerprint is shown and accepted,
    // then the report.
    QString summary;
    QString question;
    std::function<void()> answer = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            question = box->informativeText();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
            QTimer::singleShot(0, answer);
            return;
        }
        auto *dialog = qobject_cast<SyncReportDialog *>(modal);
        if (!dialog) {
            QTimer::singleShot(10, answer);
            return;
        }
        summary = dialog->findChild<QLabel *>(QStringLiteral("syncSummary"))->text();
        dialog->accept();
    };
    QTimer::singleShot(0, answer);
    FileChooser::setNextAnswerForTesting(bundle);
    window->findChild<QAction *>(QStringLiteral("importSyncAction"))->trigger();
    EXPECT_TRUE(question.contains(colleagueFingerprint)) << question.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("new"))) << summary.toStdString();
    EXPECT_EQ(window->advocatesPage()->programmeSize(), 1) << "the pages reload after a merge";
}

TEST(IoActionsTest, ExportSyncBundleWritesTheChangesSinceTheLastExport)
{
    test::TempDatabase temp;
    const Account acme = temp.makeAccount(QStringLiteral("Acme Logistics"));
    temp.makeAdvocate(QStringLiteral("zoe@acme.example"), acme.id, QStringLiteral("Zoe Colleague"));
    const QString path = temp.path();
    const QString dir = temp.dir();
    temp.close();
    auto window = openWindow(path);
    ASSERT_NE(window, nullptr);

    const auto exportTo = [&](const QString &name, const char *action) {
        const QString out = QDir(dir).filePath(name);
        FileChooser::setNextAnswerForTesting(out);
        window->findChild<QAction *>(QString::fromLatin1(action))->trigger();
        QFile file(out);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    const QJsonObject first = exportTo(QStringLiteral("first.json"), "exportSyncAction");
    EXPECT_EQ(first.value(QStringLiteral("format")).toString(), SyncExporter::formatName());
    EXPECT_TRUE(QJsonDocument(first).toJson().contains("zoe@acme.example"));
    const QJsonObject full = exportTo(QStringLiteral("full.json"), "exportFullSyncAction");
    EXPECT_TRUE(QJsonDocument(full).toJson().contains("zoe@acme.example")) << "a full bundle holds every row";
}

} // namespace

TEST(IoActionsTest, ConflictsAreShownMineAgainstTheirsAndTheUsersChoiceIsMerged)
{
    test::TempDatabase colleague;
    const Account acme = colleague.makeAccount(QStringLiteral("Acme Logistics"));
    Advocate zoe = colleague.makeAdvocate(QStringLiteral("zoe@acme.example"), acme.id, QStringLiteral("Zoe"));
    const QString first = QDir(colleague.dir()).filePath(QStringLiteral("first.json"));
    ASSERT_TRUE(SyncExporter(colleague.services().context()).write(first, true).ok());

    test::TempDatabase mine;
    SyncDecisions trusted;
    trusted.trustFingerprint = SyncSignature(colleague.services().context()).own()->fingerprint;
    ASSERT_TRUE(SyncImporter(mine.services().context()).mergeFile(first, trusted).ok());
    colleague.clock().advanceSeconds(60);
    zoe.title = QStringLiteral("Their Title");
    ASSERT_TRUE(colleague.services().advocates().update(zoe).ok());
    const QString second = QDir(colleague.dir()).filePath(QStringLiteral("second.json"));
    ASSERT_TRUE(SyncExporter(colleague.services().context()).write(second, false).ok());
    mine.clock().advanceSeconds(30);
    Advocate local = *mine.services().advocates().get(zoe.id);
    local.title = QStringLiteral("My Title");
    ASSERT_TRUE(mine.services().advocates().update(local).ok());
    const QString path = mine.path();
    mine.close();

    auto window = openWindow(path);
    ASSERT_NE(window, nullptr);
    // First time: the user looks and cancels; nothing is merged.
    QString mineText;
    QString theirsText;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<SyncConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        ASSERT_EQ(dialog->table()->rowCount(), 1);
        mineText = dialog->table()->item(0, 2)->text();
        theirsText = dialog->table()->item(0, 3)->text();
        // ADVOCATEDESK_SCREENSHOT_DIR=/tmp/shots keeps a picture of the dialog for the docs.
        if (const QString shots = qEnvironmentVariable("ADVOCATEDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("sync-conflicts.png")));
        }
        dialog->reject();
    });
    FileChooser::setNextAnswerForTesting(second);
    window->findChild<QAction *>(QStringLiteral("importSyncAction"))->trigger();
    EXPECT_EQ(mineText, QStringLiteral("title: My Title"));
    EXPECT_EQ(theirsText, QStringLiteral("title: Their Title"));
    EXPECT_EQ(window->session().services().advocates().get(zoe.id)->title, QStringLiteral("My Title"));

    // Then: Take All Theirs, Merge, and the report.
    bool reported = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<SyncConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("takeAllTheirs")), Qt::LeftButton);
        EXPECT_EQ(dialog->choiceBox(0)->currentData().toInt(), int(ConflictChoice::TakeTheirs));
        QTimer::singleShot(0, [&] {
            if (auto *report = qobject_cast<SyncReportDialog *>(QApplication::activeModalWidget())) {
                reported = true;
                report->accept();
            }
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("mergeWithChoices")), Qt::LeftButton);
    });
    FileChooser::setNextAnswerForTesting(second);
    window->findChild<QAction *>(QStringLiteral("importSyncAction"))->trigger();
    EXPECT_TRUE(reported);
    EXPECT_EQ(window->session().services().advocates().get(zoe.id)->title, QStringLiteral("Their Title"));
}
