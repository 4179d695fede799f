#pragma once

#include "io/SyncReport.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace ad {

// The rows a colleague's bundle and this file both changed, field by field
// (mine against theirs), for the user to decide row by row or for all at
// once. Nothing was merged yet; Merge runs the import again with the choices.
class SyncConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncConflictDialog(const SyncReport &report, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The choice for the conflict in `row` of the table.
    QComboBox *choiceBox(int row) const;
    void chooseAll(ConflictChoice choice);
    SyncDecisions decisions() const;

private:
    QTableWidget *m_table;
    QList<SyncConflict> m_conflicts;
};

} // namespace ad
