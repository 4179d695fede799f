#include "SyncConflictDialog.h"
#include "common/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad {

namespace {

enum Column
{
    TableColumn,
    RecordColumn,
    MineColumn,
    TheirsColumn,
    ChoiceColumn,
    ColumnCount
};

// "title: CEO" lines, one per differing field.
QString values(const SyncConflict &conflict, bool mine)
{
    QStringList lines;
    for (const SyncFieldDifference &field : conflict.fields)
        lines << QStringLiteral("%1: %2").arg(field.column, mine ? field.mine : field.theirs);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SyncConflictDialog::SyncConflictDialog(const SyncReport &report, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("syncConflictDialog"));
    setWindowTitle(tr("Changed on Both Sides"));
    for (const SyncConflict &conflict : report.conflicts)
        if (conflict.outcome == QLatin1String("undecided"))
            m_conflicts << conflict;

    auto *intro = new QLabel(tr("%n rows were changed both here and by %1 since your last exchange. Nothing "
                                "has been merged yet: choose which version to keep.",
                                nullptr, int(m_conflicts.size()))
                                 .arg(report.exportedBy.isEmpty() ? tr("your colleague") : report.exportedBy),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("syncConflictTable"));
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Table"), tr("Record"), tr("Mine"), tr("Theirs"), tr("Keep")});
    m_table->setRowCount(int(m_conflicts.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const SyncConflict &conflict = m_conflicts.at(row);
        const QString record = conflict.record.isEmpty() ? conflict.id : conflict.record;
        const QStringList cells{conflict.table, record, values(conflict, true), values(conflict, false)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, RecordColumn)->setToolTip(conflict.id);
        auto *choice = new QComboBox(m_table);
        choice->setAccessibleName(tr("Version to keep for %1").arg(record));
        choice->addItem(tr("Keep mine"), int(ConflictChoice::KeepMine));
        choice->addItem(tr("Take theirs"), int(ConflictChoice::TakeTheirs));
        m_table->setCellWidget(row, ChoiceColumn, choice);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *allMine = buttons->addButton(tr("Keep All Mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("keepAllMine"));
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(ConflictChoice::KeepMine); });
    QPushButton *allTheirs = buttons->addButton(tr("Take All Theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(QStringLiteral("takeAllTheirs"));
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(ConflictChoice::TakeTheirs); });
    QPushButton *merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeWithChoices"));
    merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(900, 480));
}

QComboBox *SyncConflictDialog::choiceBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
}

void SyncConflictDialog::chooseAll(ConflictChoice choice)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        choiceBox(row)->setCurrentIndex(choiceBox(row)->findData(int(choice)));
}

SyncDecisions SyncConflictDialog::decisions() const
{
    SyncDecisions decisions;
    decisions.all = ConflictChoice::KeepMine; // a conflict not listed here was not seen: keep what is here
    for (int row = 0; row < m_conflicts.size(); ++row)
        decisions.byRow.insert(SyncDecisions::key(m_conflicts.at(row).table, m_conflicts.at(row).id),
                               ConflictChoice(choiceBox(row)->currentData().toInt()));
    return decisions;
}

} // namespace ad
