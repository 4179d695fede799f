#include "ImportPreviewPage.h"

#include "FileChooser.h"
#include "ImportWizard.h"
#include "ImportWorker.h"
#include "io/UserFile.h"
#include "io/Importer.h"
#include "services/Services.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad {

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(new QLabel(this)), m_rows(new QTableWidget(this)),
      m_issues(new QListWidget(this)), m_busy(new QProgressBar(this)), m_outcome(new QLabel(this)),
      m_skipBadRows(new QCheckBox(tr("Import only the rows without errors; leave the others out"), this)),
      m_saveReport(new QPushButton(tr("Save Error Report…"), this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Nothing is written until you click Finish, and then all rows or none."));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_rows->setObjectName(QStringLiteral("previewRows"));
    m_rows->setAccessibleName(tr("Rows as they will be imported"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_issues->setObjectName(QStringLiteral("previewIssues"));
    m_issues->setAccessibleName(tr("Row errors"));
    m_busy->setObjectName(QStringLiteral("importBusy"));
    m_busy->setAccessibleName(tr("Import progress"));
    m_busy->hide();
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRows"));
    m_skipBadRows->setToolTip(tr("Without this, a file with any row error is refused whole."));
    m_skipBadRows->hide();
    connect(m_skipBadRows, &QCheckBox::toggled, this, &ImportPreviewPage::completeChanged);
    m_saveReport->setObjectName(QStringLiteral("saveImportReport"));
    m_saveReport->setEnabled(false);
    connect(m_saveReport, &QPushButton::clicked, this, &ImportPreviewPage::saveReport);
    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    m_outcome->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 3);
    layout->addWidget(new QLabel(tr("Row errors:"), this));
    layout->addWidget(m_issues, 1);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_skipBadRows, 1);
    choices->addWidget(m_saveReport);
    layout->addLayout(choices);
    layout->addWidget(m_busy);
    layout->addWidget(m_outcome);
}

bool ImportPreviewPage::isBusy() const
{
    return m_worker && m_worker->isRunning();
}

bool ImportPreviewPage::isCommitting() const
{
    return isBusy() && m_worker->task() == ImportWorker::Task::Commit;
}

bool ImportPreviewPage::isPreviewing() const
{
    return isBusy() && m_worker->task() == ImportWorker::Task::Preview;
}

bool ImportPreviewPage::skipBadRows() const
{
    return m_previewRan && !m_previewOk && m_skipBadRows->isChecked();
}

void ImportPreviewPage::cancelWork()
{
    if (!isBusy())
        return;
    m_worker->cancel();
    m_outcome->setText(tr("Cancelling…"));
}

void ImportPreviewPage::initializePage()
{
    m_committed = false;
    m_previewOk = false;
    m_previewRan = false;
    m_report = ImportReport{};
    m_skipBadRows->setChecked(false);
    m_skipBadRows->hide();
    m_saveReport->setEnabled(false);
    m_outcome->clear();
    m_rows->clear();
    m_rows->setRowCount(0);
    m_issues->clear();
    // Checking 100,000 rows takes seconds: on the worker thread, with progress.
    m_summary->setText(tr("Checking %n rows…", nullptr, int(m_wizard->table().records.size())));
    if (isBusy()) {
        // Back and Next again while the last check still stops: check anew after it.
        m_worker->cancel();
        m_checkAgain = true;
        return;
    }
    startWork(ImportWorker::Task::Preview);
}

void ImportPreviewPage::startWork(ImportWorker::Task task)
{
    if (!m_worker) {
        Services &services = m_wizard->services();
        m_worker =
            new ImportWorker(services.database().path(), services.clock(), services.context().actor, this);
        connect(m_worker, &ImportWorker::finished, this, &ImportPreviewPage::workFinished);
        connect(m_worker, &ImportWorker::progress, this, &ImportPreviewPage::workProgressed);
    }
    m_worker->start(task, m_wizard->table(), m_wizard->source(), m_wizard->options());
    emit completeChanged(); // QWizard re-enables Back here; setBusy disables it after
    setBusy(true);
}

void ImportPreviewPage::setBusy(bool busy)
{
    if (busy)
        m_busy->setRange(0, 0); // until the first report of progress
    m_busy->setVisible(busy);
    m_skipBadRows->setEnabled(!busy && !m_committed);
    if (QAbstractButton *back = m_wizard->button(QWizard::BackButton))
        back->setEnabled(!busy && !m_committed);
}

void ImportPreviewPage::cleanupPage()
{
    m_previewOk = false;
    cancelWork(); // Back while checking: the check stops; a commit rolls back
}

void ImportPreviewPage::showPreview(const ImportReport &report)
{
    m_report = report;
    m_previewRan = true;
    m_previewOk = !report.hasIssues();
    m_skipBadRows->setVisible(!m_previewOk);
    m_saveReport->setEnabled(!m_previewOk);
    m_summary->setText(tr("%1. %2 to create, %3 to update, %4 to skip, %5. %6")
                           .arg(m_wizard->fileSummary())
                           .arg(report.created)
                           .arg(report.updated)
                           .arg(report.skipped)
                           .arg(tr("%n new accounts", nullptr, report.accountsCreated))
                           .arg(m_previewOk ? tr("Ready to import.")
                                            : tr("%n rows with errors: fix the file and import again, or "
                                                 "import only the other rows.",
                                                 nullptr, report.refusedRows())));

    const CsvTable &table = m_wizard->table();
    QStringList headers;
    for (const ColumnMapping::Binding &binding : report.columns)
        headers << importFieldLabel(binding.field);
    m_rows->setColumnCount(int(headers.size()));
    m_rows->setHorizontalHeaderLabels(headers);
    const int shown = int(qMin<qsizetype>(table.records.size(), kPreviewRows));
    m_rows->setRowCount(shown);
    QStringList lines;
    for (int row = 0; row < shown; ++row) {
        const CsvRecord &record = table.records.at(row);
        lines << tr("line %1").arg(record.line);
        for (int column = 0; column < report.columns.size(); ++column)
            m_rows->setItem(
                row, column,
                new QTableWidgetItem(record.cells.value(report.columns.at(column).column).trimmed()));
    }
    m_rows->setVerticalHeaderLabels(lines);
    m_rows->resizeColumnsToContents();

    for (const ImportIssue &issue : report.issues) {
        const QString text = issue.field.isEmpty()
                                 ? tr("line %1: %2").arg(issue.line).arg(issue.message)
                                 : tr("line %1, %2: %3").arg(issue.line).arg(importFieldLabel(issue.field), issue.message);
        m_issues->addItem(text);
    }
}

bool ImportPreviewPage::isComplete() const
{
    if (m_committed)
        return true;
    return !isBusy() && (m_previewOk || (m_previewRan && m_skipBadRows->isChecked()));
}

bool ImportPreviewPage::validatePage()
{
    if (m_committed)
        return true;
    if (!isComplete())
        return false;
    m_outcome->setText(tr("Importing…"));
    startWork(ImportWorker::Task::Commit);
    return false;
}

void ImportPreviewPage::workProgressed(int done, int total)
{
    if (!isBusy())
        return; // a late queued report after the outcome
    m_busy->setRange(0, qMax(total, 1));
    m_busy->setValue(done);
}

void ImportPreviewPage::workFinished(const Result<ImportReport> &outcome)
{
    if (m_checkAgain) {
        m_checkAgain = false;
        startWork(ImportWorker::Task::Preview);
        return;
    }
    if (m_worker->task() == ImportWorker::Task::Preview)
        previewFinished(outcome);
    else
        commitFinished(outcome);
    emit completeChanged();
    setBusy(false);
}

void ImportPreviewPage::previewFinished(const Result<ImportReport> &outcome)
{
    if (outcome) {
        showPreview(*outcome);
        return;
    }
    const QString message = outcome.error().kind == ErrorKind::Cancelled
                                ? tr("Checking was cancelled. Go back, or check again from the first page.")
                                : outcome.error().message;
    m_summary->setText(message);
    m_issues->addItem(message);
    m_outcome->clear();
}

void ImportPreviewPage::commitFinished(const Result<ImportReport> &outcome)
{
    if (!outcome && outcome.error().kind == ErrorKind::Cancelled) {
        m_outcome->setText(tr("Import cancelled; nothing was written."));
    } else if (!outcome) {
        m_outcome->setText(tr("Nothing was imported: %1").arg(outcome.error().message));
    } else if (!outcome->committed) {
        // The data changed since the preview: show the new errors; nothing was written.
        showPreview(*outcome);
        m_outcome->setText(tr("Nothing was imported: the rows have errors now."));
    } else {
        m_committed = true;
        m_report = *outcome;
        m_outcome->setText(tr("Imported: %1 created, %2 updated, %3 skipped, %4 accounts created. %5")
                               .arg(outcome->created)
                               .arg(outcome->updated)
                               .arg(outcome->skipped)
                               .arg(outcome->accountsCreated)
                               .arg(tr("%n rows with errors left out.", nullptr, outcome->refusedRows())));
        m_wizard->button(QWizard::FinishButton)->setText(tr("Close"));
        emit m_wizard->imported(*outcome);
    }
}

void ImportPreviewPage::saveReport()
{
    const QString suggested = QFileInfo(m_report.source).completeBaseName() + tr("-errors") + QStringLiteral(".csv");
    const QString path = FileChooser::saveFile(this, tr("Save Error Report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status saved = UserFile::write(path, m_report.issuesCsv(), UserFile::Contents::PersonalData); !saved)
        QMessageBox::warning(this, tr("Save Error Report"), saved.error().message);
    else
        m_outcome->setText(tr("Error report saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace ad
