#include "CaseStudyExportDialog.h"

#include "CaseStudyPdf.h"
#include "FileChooser.h"
#include "common/ErrorMessage.h"
#include "domain/Enums.h"
#include "services/Services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ad {

CaseStudyExportDialog::CaseStudyExportDialog(Services &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_industry(new QLineEdit(this)), m_region(new QLineEdit(this)),
      m_segment(new QComboBox(this)), m_product(new QLineEdit(this)), m_tier(new QComboBox(this)),
      m_format(new QComboBox(this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("caseStudyExportDialog"));
    setWindowTitle(tr("Export Case Studies"));

    m_industry->setAccessibleName(tr("Industry"));
    m_region->setAccessibleName(tr("Region"));
    m_product->setAccessibleName(tr("Product"));
    for (QLineEdit *edit : {m_industry, m_region, m_product})
        edit->setPlaceholderText(tr("Any"));
    m_segment->setAccessibleName(tr("Segment"));
    m_segment->addItem(tr("Any"), QString());
    for (Segment segment : allSegmentValues())
        m_segment->addItem(displayName(segment), keyOf(segment));
    m_tier->setAccessibleName(tr("Tier"));
    m_tier->addItem(tr("Any"), QString());
    for (Tier tier : allTierValues())
        m_tier->addItem(displayName(tier), keyOf(tier));
    m_format->setObjectName(QStringLiteral("caseStudyFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("CSV (spreadsheets)"), int(Format::Csv));
    m_format->addItem(tr("JSON (web and scripts)"), int(Format::Json));
    m_format->addItem(tr("PDF (to share and print)"), int(Format::Pdf));
    m_anonymise = new QCheckBox(tr("List advocates without a current consent anonymously instead of leaving "
                                   "them out"),
                                this);
    m_anonymise->setObjectName(QStringLiteral("caseStudyAnonymise"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("caseStudyPreview"));
    m_preview->setWordWrap(true);
    for (QLineEdit *edit : {m_industry, m_region, m_product})
        connect(edit, &QLineEdit::textChanged, this, &CaseStudyExportDialog::updatePreview);
    for (QComboBox *box : {m_segment, m_tier})
        connect(box, &QComboBox::currentIndexChanged, this, &CaseStudyExportDialog::updatePreview);
    connect(m_anonymise, &QCheckBox::toggled, this, &CaseStudyExportDialog::updatePreview);
    m_result->setObjectName(QStringLiteral("caseStudyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_anonymise);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("caseStudyExportButton"));
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &CaseStudyExportDialog::chooseAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Only advocates with a current consent to publish are exported, and only "
                                    "the assets (name, logo, quote, case study) they consented to."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    updatePreview();
}

void CaseStudyExportDialog::updatePreview()
{
    CaseStudyPreview preview;
    const Result<QList<CaseStudyEntry>> entries = CaseStudyExport(m_services.context()).entries(filter(), &preview);
    if (!entries) {
        m_preview->setText(entries.error().message);
        return;
    }
    QStringList parts{tr("%n advocates will be exported:", nullptr, int(entries->size())),
                      tr("%n named", nullptr, preview.named), tr("%n anonymous", nullptr, preview.anonymous)};
    QString text = parts.join(QLatin1Char(' '));
    if (preview.redacted > 0)
        text += QLatin1Char(' ') + tr("(%n quotes or stories say “the customer” or describe the company instead of "
                                      "naming them)",
                                      nullptr, preview.redacted);
    if (preview.withoutConsent > 0)
        text += QLatin1Char('\n') + tr("Left out: %n without a current consent to publish.", nullptr, preview.withoutConsent);
    if (preview.linksWithheld > 0)
        text += QLatin1Char('\n') + tr("Left out: %n case-study links that name someone not named in the list.",
                                       nullptr, preview.linksWithheld);
    m_preview->setText(text);
}

CaseStudyFilter CaseStudyExportDialog::filter() const
{
    return CaseStudyFilter{m_industry->text().trimmed(), m_region->text().trimmed(),
                           m_segment->currentData().toString(), m_product->text().trimmed(),
                           m_tier->currentData().toString(), m_anonymise->isChecked()};
}

void CaseStudyExportDialog::setFilter(const CaseStudyFilter &filter)
{
    m_industry->setText(filter.industry);
    m_region->setText(filter.region);
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(filter.segment)));
    m_product->setText(filter.product);
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(filter.tier)));
    m_anonymise->setChecked(filter.anonymiseOthers);
}

CaseStudyExportDialog::Format CaseStudyExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void CaseStudyExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

Result<int> CaseStudyExportDialog::exportTo(const QString &path)
{
    const CaseStudyExport exporter(m_services.context());
    Result<int> written = 0;
    switch (format()) {
    case Format::Csv:
        written = exporter.write(path, CaseStudyExport::Format::Csv, filter());
        break;
    case Format::Json:
        written = exporter.write(path, CaseStudyExport::Format::Json, filter());
        break;
    case Format::Pdf: {
        const Result<QList<CaseStudyEntry>> entries = exporter.entries(filter());
        if (!entries)
            return entries.error();
        written = CaseStudyPdf::write(path, *entries, filter(), m_services.clock().today());
        break;
    }
    }
    if (written)
        m_result->setText(
            tr("Exported %n advocates to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
    else
        m_result->setText(written.error().message);
    return written;
}

void CaseStudyExportDialog::chooseAndExport()
{
    static const QString names[] = {QStringLiteral("case-studies.csv"), QStringLiteral("case-studies.json"),
                                    QStringLiteral("case-studies.pdf")};
    const QString filters[] = {tr("CSV files (*.csv)"), tr("JSON files (*.json)"), tr("PDF files (*.pdf)")};
    const int index = int(format());
    const QString path = FileChooser::saveFile(this, tr("Export Case Studies"), names[index], filters[index]);
    if (path.isEmpty())
        return;
    const Result<int> written = exportTo(path);
    if (!written)
        showError(this, tr("Export Case Studies"), written.error());
}

} // namespace ad
