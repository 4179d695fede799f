#pragma once

#include "io/ColumnMapping.h"
#include "io/ImportReport.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ad {

class ImportWizard;

// Step 1: the file, what it holds, the mapping preset and what to do with rows
// already in the database. Reading the file shows its encoding and delimiter.
class ImportSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSourcePage(ImportWizard *wizard);

    void setFilePath(const QString &path);
    QString filePath() const;
    void setKind(ImportKind kind);
    ImportKind kind() const;
    void setDuplicatePolicy(DuplicatePolicy policy);
    DuplicatePolicy duplicatePolicy() const;
    // "auto", "salesforce", "hubspot" or a mapping file's path.
    void setPreset(const QString &nameOrPath);
    // The preset (or mapping file) the second page starts from.
    Result<ColumnMapping> presetMapping() const;
    QLabel *fileInfoLabel() const { return m_fileInfo; }
    // Detected unless the user chose one (a file that is UTF-8 but for a line is
    // refused until they do).
    QComboBox *encodingBox() const { return m_encoding; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browseFile();
    void browseMapping();
    void readFile();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_kind;
    QComboBox *m_preset;
    QLineEdit *m_mappingFile;
    QComboBox *m_duplicates;
    QComboBox *m_encoding;
    QLabel *m_fileInfo;
    bool m_readOk = false;
};

} // namespace ad
