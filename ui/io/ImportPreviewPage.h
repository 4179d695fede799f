#pragma once

#include "ImportWorker.h"
#include "io/ImportReport.h"
#include "util/Result.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QProgressBar;
class QTableWidget;

namespace ad {

class ImportWizard;


// Step 3: the first rows as they will be imported and every row error. Finish
// is enabled only when there are none, or when the user chose to import only
// the good rows; it commits on a worker thread with a progress bar (Cancel
// rolls back) and then shows what was created, updated, skipped and refused.
// The row errors can be saved as CSV.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 50;

    explicit ImportPreviewPage(ImportWizard *wizard);

    QTableWidget *rowsTable() const { return m_rows; }
    QListWidget *issueList() const { return m_issues; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QProgressBar *progressBar() const { return m_busy; }
    QCheckBox *skipBadRowsBox() const { return m_skipBadRows; }
    QPushButton *saveReportButton() const { return m_saveReport; }
    bool skipBadRows() const;
    // The rows are being checked (preview) or written on the worker thread.
    bool isBusy() const;
    bool isCommitting() const;
    bool isPreviewing() const;
    // Cancel while busy: the worker stops (a commit rolls back), the page says so.
    void cancelWork();
    bool isCommitted() const { return m_committed; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Finish: starts the commit and stays; once committed, lets the wizard close.
    bool validatePage() override;

private:
    void showPreview(const ImportReport &report);
    void workFinished(const Result<ImportReport> &outcome);
    void previewFinished(const Result<ImportReport> &outcome);
    void commitFinished(const Result<ImportReport> &outcome);
    void workProgressed(int done, int total);
    void startWork(ImportWorker::Task task);
    void setBusy(bool busy);
    void saveReport();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_rows;
    QListWidget *m_issues;
    QProgressBar *m_busy;
    QLabel *m_outcome;
    QCheckBox *m_skipBadRows;
    QPushButton *m_saveReport;
    ImportReport m_report; // the last preview's or commit's, for Save report
    ImportWorker *m_worker = nullptr;
    bool m_previewOk = false;
    bool m_previewRan = false; // a report with row errors, no file-level error
    bool m_committed = false;
    bool m_checkAgain = false; // a new check waits for the cancelled one to stop
};

} // namespace ad
