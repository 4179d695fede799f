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
#include <QDir>
#include <QMenu>
#include <QStatusBar>

namespace ad {

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

void importSyncBundle(MainWindow *window)
{
    const QString path = FileChooser::openFile(window, MainWindow::tr("Import Sync Bundle"),
                                               MainWindow::tr("Sync bundles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const SyncImporter importer(window->session().services().context());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<SyncReport> report = importer.mergeFile(path);
    QApplication::restoreOverrideCursor();
    if (report && !report->merged) {
        // Rows changed on both sides: nothing was written; the user decides, then
        // the bundle is merged again with those decisions.
        SyncConflictDialog conflicts(*report, window);
        if (conflicts.exec() != QDialog::Accepted)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        report = importer.mergeFile(path, conflicts.decisions());
        QApplication::restoreOverrideCursor();
    }
    if (!report) {
        showError(window, MainWindow::tr("Import Sync Bundle"), report.error());
        return;
    }
    window->reloadPages();
    SyncReportDialog dialog(*report, window);
    dialog.exec();
}

} // namespace ad
