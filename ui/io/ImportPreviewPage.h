#pragma once

#include "io/ImportReport.h"
#include "util/Result.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QTableWidget;

namespace ad {

class ImportWizard;
class ImportWorker;

// Step 3: the first rows as they will be imported and every row error. Finish
// is enabled only when there are none; it commits on a worker thread and then
// shows what was created, updated and skipped.
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
    bool isCommitting() const;
    bool isCommitted() const { return m_committed; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Finish: starts the commit and stays; once committed, lets the wizard close.
    bool validatePage() override;

private:
    void showPreview(const ImportReport &report);
    void commitFinished(const Result<ImportReport> &outcome);

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_rows;
    QListWidget *m_issues;
    QProgressBar *m_busy;
    QLabel *m_outcome;
    ImportWorker *m_worker = nullptr;
    bool m_previewOk = false;
    bool m_committed = false;
};

} // namespace ad
