#pragma once

#include "io/ColumnMapping.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace ad {

class ImportWizard;

// Step 2: which column of the file fills which field, one row per column,
// seeded from the preset and editable. The table is the mapping the import uses.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column
    {
        HeaderColumn,
        SampleColumn,
        FieldColumn
    };

    explicit ImportMappingPage(ImportWizard *wizard);

    QTableWidget *table() const { return m_table; }
    // The field chosen for a column of the file; empty when it is ignored.
    QString field(int row) const;
    void setField(int row, const QString &field);
    // Every column named explicitly, as the table shows it.
    ColumnMapping mapping() const;
    // Writes {"columns": {"Header": "field", ...}}, the shape mapping files are read in.
    Status saveMapping(const QString &path) const;

    void initializePage() override;
    bool isComplete() const override;

private:
    void check();
    void chooseSavePath();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_problem;
    bool m_ok = false;
};

} // namespace ad
