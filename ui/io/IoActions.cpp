#include "IoActions.h"

#include "CaseStudyExportDialog.h"
#include "FileChooser.h"
#include "ImportWizard.h"
#include "SyncConflictDialog.h"
#include "SyncReportDialog.h"
#include "advocates/AdvocatesPage.h"
#include "board/PipelinePage.h"
#include "common/ErrorMessage.h"
#include "feedback/FeedbackPage.h"
#include "io/SyncExporter.h"
#include "io/SyncImporter.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QDir>
#include <QMenu>
#include <QStatusBar>

#include <optional>
#include <utility>

namespace ad {

namespace {

std::optional<bool> &syncConfirmationForTesting()
{
    static std::optional<bool> answer;
    return answer;
}

// A colleague's bundle never erases anyone or changes a consent unasked.
bool confirmSyncChanges(MainWindow *window, const QStringList &changes)
{
    if (const std::optional<bool> answer = syncConfirmationForTesting())
        return *answer;
    QMessageBox box(QMessageBox::Warning, MainWindow::tr("Import Sync Bundle"),
                    MainWindow::tr("This bundle erases people or changes consents. Accept these changes?"),
                    QMessageBox::Yes | QMessageBox::Cancel, window);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setInformativeText(MainWindow::tr("Nothing is merged unless you accept."));
    box.setDetailedText(changes.join(QLatin1Char('\n')));
    return box.exec() == QMessageBox::Yes;
}

// A colleague's first bundle: their key's fingerprint, to compare with theirs.
bool trustSigner(MainWindow *window, const SyncReport &report)
{
    if (const std::optional<bool> answer = syncConfirmationForTesting())
        return *answer;
    QMessageBox box(QMessageBox::Question, MainWindow::tr("Import Sync Bundle"),
                    MainWindow::tr("This bundle is signed by a key this programme has not seen before: %1.")
                        .arg(report.exportedBy.isEmpty() ? MainWindow::tr("a colleague") : report.exportedBy),
                    QMessageBox::Yes | QMessageBox::Cancel, window);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setInformativeText(MainWindow::tr("Its fingerprint is\n\n%1\n\nAccept it only if it is the fingerprint your "
                                          "colleague reads to you from Help → About or 'advocatedesk-cli sync-key'. "
                                          "Accepted once, their later bundles merge without asking.")
                               .arg(report.signerFingerprint));
    return box.exec() == QMessageBox::Yes;
}

} // namespace

void addIoActions(MainWindow *window, QMenu *fileMenu)
{
    fileMenu->addSeparator();
    QAction *import =
        fileMenu->addAction(MainWindow::tr("&Import CSV…"), window, [window] { runImportWizard(window); });
    import->setObjectName(QStringLiteral("importCsvAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *caseStudies = fileMenu->addAction(MainWindow::tr("Export &Case Studies…"), window,
                                               [window] { runCaseStudyExport(window); });
    caseStudies->setObjectName(QStringLiteral("exportCaseStudiesAction"));
    QAction *syncOut = fileMenu->addAction(MainWindow::tr("E&xport Sync Bundle…"), window,
                                           [window] { exportSyncBundle(window, false); });
    syncOut->setObjectName(QStringLiteral("exportSyncAction"));
    syncOut->setToolTip(
        MainWindow::tr("The changes since this file's last sync export, for a colleague to merge"));
    QAction *syncFull = fileMenu->addAction(MainWindow::tr("Export &Full Sync Bundle…"), window,
                                            [window] { exportSyncBundle(window, true); });
    syncFull->setObjectName(QStringLiteral("exportFullSyncAction"));
    QAction *syncIn = fileMenu->addAction(MainWindow::tr("Im&port Sync Bundle…"), window,
                                          [window] { importSyncBundle(window); });
    syncIn->setObjectName(QStringLiteral("importSyncAction"));
}

void runImportWizard(MainWindow *window)
{
    ImportWizard wizard(window->session().services(), window);
    QObject::connect(&wizard, &ImportWizard::imported, window, [window](const ImportReport &report) {
        window->reloadPages();
        window->statusBar()->showMessage(MainWindow::tr("Imported %1: %2 created, %3 updated, %4 skipped.")
                                             .arg(report.source)
                                             .arg(report.created)
                                             .arg(report.updated)
                                             .arg(report.skipped));
    });
    wizard.exec();
}

void runCaseStudyExport(MainWindow *window)
{
    CaseStudyExportDialog dialog(window->session().services(), window);
    dialog.exec();
}

void exportSyncBundle(MainWindow *window, bool full)
{
    const QString path = FileChooser::saveFile(window, MainWindow::tr("Export Sync Bundle"),
                                               QStringLiteral("advocatedesk-sync.json"),
                                               MainWindow::tr("Sync bundles (*.json)"));
    if (path.isEmpty())
        return;
    const Result<SyncExporter::Summary> summary =
        SyncExporter(window->session().services().context()).write(path, full);
    if (!summary) {
        showError(window, MainWindow::tr("Export Sync Bundle"), summary.error());
        return;
    }
    window->statusBar()->showMessage(
        MainWindow::tr("Sync bundle written: %n changed rows in %1.", nullptr, summary->rows)
            .arg(QDir::toNativeSeparators(path)));
}

void setSyncConfirmationForTesting(std::optional<bool> answer)
{
    syncConfirmationForTesting() = answer;
}

void importSyncBundle(MainWindow *window)
{
    const QString path = FileChooser::openFile(window, MainWindow::tr("Import Sync Bundle"),
                                               MainWindow::tr("Sync bundles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const SyncImporter importer(window->session().services().context());
    SyncDecisions decisions;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<SyncReport> report = importer.mergeFile(path, decisions);
    QApplication::restoreOverrideCursor();
    // Nothing was written yet: rows changed on both sides wait for the user's
    // choice, erasures and consent changes for their yes; then the bundle is
    // merged again with those answers.
    for (int asked = 0; report && !report->merged && asked < 3; ++asked) {
        if (report->signerUnknown) {
            if (!trustSigner(window, *report))
                return;
            decisions.trustFingerprint = report->signerFingerprint;
        } else if (report->undecided() > 0) {
            SyncConflictDialog conflicts(*report, window);
            if (conflicts.exec() != QDialog::Accepted)
                return;
            const bool confirmed = decisions.confirmed;
            decisions = conflicts.decisions();
            decisions.confirmed = confirmed;
        } else {
            if (!confirmSyncChanges(window, report->toConfirm))
                return;
            decisions.confirmed = true;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        report = importer.mergeFile(path, decisions);
        QApplication::restoreOverrideCursor();
    }
    if (!report) {
        showError(window, MainWindow::tr("Import Sync Bundle"), report.error());
        return;
    }
    if (!report->merged)
        return;
    window->reloadPages();
    SyncReportDialog dialog(*report, window);
    dialog.exec();
}

} // namespace ad
