#include "ImportMappingPage.h"

#include "FileChooser.h"
#include "ImportSourcePage.h"
#include "ImportWizard.h"
#include "common/ErrorMessage.h"
#include "io/UserFile.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad {

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_table(new QTableWidget(this)), m_problem(new QLabel(this))
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the field each column fills; fields marked * are required."));

    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setAccessibleName(tr("Column mapping"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in file"), tr("First value"), tr("Field")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);

    auto *save = new QPushButton(tr("Save Mapping…"), this);
    save->setObjectName(QStringLiteral("saveMappingButton"));
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::chooseSavePath);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void ImportMappingPage::initializePage()
{
    const CsvTable &file = m_wizard->table();
    const ImportKind kind = m_wizard->sourcePage()->kind();
    m_table->setRowCount(0);
    m_table->setRowCount(int(file.header.size()));

    // Seed from the preset; when it cannot bind the file the user maps by hand.
    QHash<int, QString> seeded;
    const Result<ColumnMapping> preset = m_wizard->sourcePage()->presetMapping();
    if (preset) {
        const auto bindings = preset->resolve(kind, file.header, m_wizard->source());
        if (bindings)
            for (const ColumnMapping::Binding &binding : *bindings)
                seeded.insert(binding.column, binding.field);
    }

    for (int row = 0; row < file.header.size(); ++row) {
        m_table->setItem(row, HeaderColumn, new QTableWidgetItem(file.header.at(row)));
        const QString sample = file.records.isEmpty() ? QString() : file.records.first().cells.value(row);
        m_table->setItem(row, SampleColumn, new QTableWidgetItem(sample));
        auto *combo = new QComboBox(m_table);
        combo->setAccessibleName(tr("Field for column %1").arg(file.header.at(row)));
        combo->addItem(tr("(ignore)"), QString());
        for (const ImportField &candidate : importFields(kind))
            combo->addItem(candidate.required ? tr("%1 *").arg(importFieldLabel(candidate.key))
                                              : importFieldLabel(candidate.key),
                           candidate.key);
        combo->setCurrentIndex(qMax(0, combo->findData(seeded.value(row))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::check);
        m_table->setCellWidget(row, FieldColumn, combo);
    }
    check();
}

QString ImportMappingPage::field(int row) const
{
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn));
    return combo ? combo->currentData().toString() : QString();
}

void ImportMappingPage::setField(int row, const QString &field)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn)))
        combo->setCurrentIndex(qMax(0, combo->findData(field)));
}

ColumnMapping ImportMappingPage::mapping() const
{
    ColumnMapping mapping = ColumnMapping::preset(ColumnMapping::Preset::Auto);
    for (int row = 0; row < m_table->rowCount(); ++row)
        mapping.set(m_table->item(row, HeaderColumn)->text(), field(row));
    return mapping;
}

Status ImportMappingPage::saveMapping(const QString &path) const
{
    QJsonObject columns;
    for (int row = 0; row < m_table->rowCount(); ++row)
        columns.insert(m_table->item(row, HeaderColumn)->text(), field(row));
    const QJsonObject document{{QStringLiteral("columns"), columns}};
    return UserFile::write(path, QJsonDocument(document).toJson(QJsonDocument::Indented),
                             UserFile::Contents::Ordinary);
}

bool ImportMappingPage::isComplete() const
{
    return m_ok;
}

void ImportMappingPage::check()
{
    const auto bindings =
        mapping().resolve(m_wizard->sourcePage()->kind(), m_wizard->table().header, m_wizard->source());
    m_ok = bindings.ok();
    m_problem->setText(m_ok ? QString() : bindings.error().message);
    emit completeChanged();
}

void ImportMappingPage::chooseSavePath()
{
    const QString path =
        FileChooser::saveFile(this, tr("Save Mapping"), tr("mapping.json"), tr("Mapping files (*.json)"));
    if (path.isEmpty())
        return;
    const Status saved = saveMapping(path);
    if (!saved)
        showError(this, tr("Save Mapping"), saved.error());
}

} // namespace ad
