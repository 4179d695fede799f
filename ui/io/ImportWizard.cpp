#include "ImportWizard.h"

#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportSourcePage.h"
#include "io/TextDecoder.h"
#include "common/ScreenFit.h"

namespace ad {

ImportWizard::ImportWizard(Services &services, QWidget *parent)
    : QWizard(parent), m_services(services), m_sourcePage(new ImportSourcePage(this)),
      m_mappingPage(new ImportMappingPage(this)), m_previewPage(new ImportPreviewPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(SourcePageId, m_sourcePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(PreviewPageId, m_previewPage);
    resizeToFitScreen(this, QSize(900, 620));
}

void ImportWizard::setTable(const CsvTable &table, const QString &source)
{
    m_table = table;
    m_source = source;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.kind = m_sourcePage->kind();
    options.onDuplicate = m_sourcePage->duplicatePolicy();
    options.mapping = m_mappingPage->mapping();
    options.skipBadRows = m_previewPage->skipBadRows();
    return options;
}

void ImportWizard::reject()
{
    if (m_previewPage->isBusy()) {
        // The check stops, a commit rolls back; the page says so and the wizard stays open.
        m_previewPage->cancelWork();
        return;
    }
    QWizard::reject();
}

QString ImportWizard::fileSummary() const
{
    QString delimiter;
    if (m_table.delimiter == QLatin1Char(';'))
        delimiter = tr("semicolon-separated");
    else if (m_table.delimiter == QLatin1Char('\t'))
        delimiter = tr("tab-separated");
    else
        delimiter = tr("comma-separated");
    return tr("Encoding %1, %2, %n rows", nullptr, int(m_table.records.size()))
        .arg(TextDecoder::name(m_table.encoding), delimiter);
}

} // namespace ad
