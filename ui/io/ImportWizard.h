#pragma once

#include "io/CsvReader.h"
#include "io/ImportReport.h"

#include <QWizard>

namespace ad {

class ImportMappingPage;
class ImportPreviewPage;
class ImportSourcePage;
class Services;

// CSV import in three steps: the file and what it holds, which column fills
// which field, and a preview of the rows with every row error. Finish commits
// on a worker thread, all or nothing, and shows what was done.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SourcePageId,
        MappingPageId,
        PreviewPageId
    };

    explicit ImportWizard(Services &services, QWidget *parent = nullptr);

    Services &services() const { return m_services; }
    ImportSourcePage *sourcePage() const { return m_sourcePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }

    // The file as read on the first page (valid once that page is accepted).
    const CsvTable &table() const { return m_table; }
    void setTable(const CsvTable &table, const QString &source);
    QString source() const { return m_source; }
    // Kind, mapping (the second page's table) and duplicate policy, as chosen.
    ImportOptions options() const;
    // "UTF-8, semicolon-separated, 12 rows"
    QString fileSummary() const;
    // Cancel while a commit runs stops it (nothing is written) and keeps the
    // wizard open to say so.
    void reject() override;

signals:
    // A commit wrote its rows: the pages showing them may reload.
    void imported(const ad::ImportReport &report);

private:
    Services &m_services;
    ImportSourcePage *m_sourcePage;
    ImportMappingPage *m_mappingPage;
    ImportPreviewPage *m_previewPage;
    CsvTable m_table;
    QString m_source;
};

} // namespace ad
