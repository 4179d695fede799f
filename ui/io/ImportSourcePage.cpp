#include "ImportSourcePage.h"

#include "FileChooser.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ad {

namespace {

const QString kMappingFileKey = QStringLiteral("file");

QWidget *withBrowse(QWidget *parent, QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

ImportSourcePage::ImportSourcePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_preset(new QComboBox(this)), m_mappingFile(new QLineEdit(this)), m_duplicates(new QComboBox(this)),
      m_encoding(new QComboBox(this)), m_fileInfo(new QLabel(this))
{
    setTitle(tr("Choose a CSV file"));
    setSubTitle(tr("Spreadsheet and CRM exports work as they are: the encoding and the delimiter are "
                   "detected."));

    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setAccessibleName(tr("CSV file"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Browse for the CSV file"));
    connect(browse, &QPushButton::clicked, this, &ImportSourcePage::browseFile);
    connect(m_path, &QLineEdit::textChanged, this, &ImportSourcePage::readFile);

    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->setAccessibleName(tr("What the file holds"));
    m_kind->addItem(tr("Accounts"), keyOf(ImportKind::Accounts));
    m_kind->addItem(tr("Advocates"), keyOf(ImportKind::Advocates));
    m_kind->addItem(tr("NPS responses"), keyOf(ImportKind::Nps));
    m_kind->addItem(tr("Purchases"), keyOf(ImportKind::Purchases));
    m_kind->addItem(tr("Contributions"), keyOf(ImportKind::Contributions));
    m_kind->setCurrentIndex(1);

    m_preset->setObjectName(QStringLiteral("importPreset"));
    m_preset->setAccessibleName(tr("Column mapping preset"));
    m_preset->addItem(tr("Match columns by their names"), QStringLiteral("auto"));
    m_preset->addItem(tr("Salesforce export"), QStringLiteral("salesforce"));
    m_preset->addItem(tr("HubSpot export"), QStringLiteral("hubspot"));
    m_preset->addItem(tr("Mapping file…"), kMappingFileKey);
    m_mappingFile->setObjectName(QStringLiteral("importMappingFile"));
    m_mappingFile->setAccessibleName(tr("Mapping file"));
    m_mappingFile->setPlaceholderText(tr("A JSON mapping saved from this wizard"));
    auto *browseMapping = new QPushButton(tr("Browse…"), this);
    browseMapping->setAccessibleName(tr("Browse for a mapping file"));
    connect(browseMapping, &QPushButton::clicked, this, &ImportSourcePage::browseMapping);
    QWidget *mappingRow = withBrowse(this, m_mappingFile, browseMapping);
    mappingRow->setEnabled(false);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this, mappingRow] {
        mappingRow->setEnabled(m_preset->currentData() == kMappingFileKey);
        emit completeChanged();
    });
    connect(m_mappingFile, &QLineEdit::textChanged, this, &ImportSourcePage::completeChanged);

    m_duplicates->setObjectName(QStringLiteral("importDuplicates"));
    m_duplicates->setAccessibleName(tr("Rows already in the database"));
    m_duplicates->addItem(tr("Refuse them (show as errors)"), int(DuplicatePolicy::Refuse));
    m_duplicates->addItem(tr("Skip them"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Update them from the file"), int(DuplicatePolicy::Update));

    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->setAccessibleName(tr("Encoding of the file"));
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("Windows-1252"), QStringLiteral("windows-1252"));
    m_encoding->addItem(QStringLiteral("UTF-16 LE"), QStringLiteral("utf-16le"));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), QStringLiteral("utf-16be"));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportSourcePage::readFile);

    m_fileInfo->setObjectName(QStringLiteral("importFileInfo"));
    m_fileInfo->setWordWrap(true);
    m_fileInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), withBrowse(this, m_path, browse));
    form->addRow(QString(), m_fileInfo);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Contains:"), m_kind);
    form->addRow(tr("&Mapping:"), m_preset);
    form->addRow(QString(), mappingRow);
    form->addRow(tr("&Duplicates:"), m_duplicates);
}

void ImportSourcePage::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString ImportSourcePage::filePath() const
{
    return m_path->text().trimmed();
}

void ImportSourcePage::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(keyOf(kind)));
}

ImportKind ImportSourcePage::kind() const
{
    return parseImportKind(m_kind->currentData().toString()).value_or(ImportKind::Advocates);
}

void ImportSourcePage::setDuplicatePolicy(DuplicatePolicy policy)
{
    m_duplicates->setCurrentIndex(m_duplicates->findData(int(policy)));
}

DuplicatePolicy ImportSourcePage::duplicatePolicy() const
{
    return DuplicatePolicy(m_duplicates->currentData().toInt());
}

void ImportSourcePage::setPreset(const QString &nameOrPath)
{
    const int index = m_preset->findData(nameOrPath);
    if (index >= 0) {
        m_preset->setCurrentIndex(index);
        return;
    }
    m_preset->setCurrentIndex(m_preset->findData(kMappingFileKey));
    m_mappingFile->setText(nameOrPath);
}

Result<ColumnMapping> ImportSourcePage::presetMapping() const
{
    const QString key = m_preset->currentData().toString();
    return ColumnMapping::fromName(key == kMappingFileKey ? m_mappingFile->text().trimmed() : key);
}

bool ImportSourcePage::isComplete() const
{
    if (!m_readOk)
        return false;
    return m_preset->currentData() != kMappingFileKey || !m_mappingFile->text().trimmed().isEmpty();
}

bool ImportSourcePage::validatePage()
{
    const Result<ColumnMapping> mapping = presetMapping();
    if (!mapping) {
        m_fileInfo->setText(mapping.error().message);
        return false;
    }
    return m_readOk;
}

void ImportSourcePage::browseFile()
{
    const QString path =
        FileChooser::openFile(this, tr("Import CSV"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportSourcePage::browseMapping()
{
    const QString path =
        FileChooser::openFile(this, tr("Column Mapping"), tr("Mapping files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_mappingFile->setText(path);
}

// Reads the file as soon as it is named, so the encoding and delimiter show
// before the user goes on.
void ImportSourcePage::readFile()
{
    m_readOk = false;
    const QString path = filePath();
    if (path.isEmpty()) {
        m_fileInfo->clear();
    } else if (!QFileInfo(path).isFile()) {
        m_fileInfo->setText(tr("There is no file at %1.").arg(path));
    } else {
        const Result<CsvTable> table =
            CsvReader::readFile(path, TextDecoder::fromName(m_encoding->currentData().toString()));
        if (!table) {
            m_fileInfo->setText(table.error().message);
        } else {
            m_wizard->setTable(*table, QFileInfo(path).fileName());
            m_fileInfo->setText(m_wizard->fileSummary());
            m_readOk = true;
        }
    }
    emit completeChanged();
}

} // namespace ad
