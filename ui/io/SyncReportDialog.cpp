#include "SyncReportDialog.h"
#include "common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad {

SyncReportDialog::SyncReportDialog(const SyncReport &report, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("syncReportDialog"));
    setWindowTitle(tr("Sync Bundle Merged"));
    auto *text = new QLabel(summary(report), this);
    text->setObjectName(QStringLiteral("syncSummary"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *conflicts = new QTableWidget(int(report.conflicts.size()), 4, this);
    conflicts->setObjectName(QStringLiteral("syncConflicts"));
    conflicts->setAccessibleName(tr("Conflicts"));
    conflicts->setHorizontalHeaderLabels({tr("Table"), tr("Here"), tr("In the bundle"), tr("Outcome")});
    conflicts->horizontalHeader()->setStretchLastSection(true);
    conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < report.conflicts.size(); ++row) {
        const SyncConflict &conflict = report.conflicts.at(row);
        const QString outcome =
            conflict.outcome == QLatin1String("bundle")  ? tr("the bundle's newer version won")
            : conflict.outcome == QLatin1String("local") ? tr("ours was newer and was kept")
                                                         : conflict.outcome;
        const QStringList cells = {conflict.table, conflict.localUpdatedAt, conflict.bundleUpdatedAt,
                                   outcome};
        for (int column = 0; column < cells.size(); ++column)
            conflicts->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    conflicts->setVisible(!report.conflicts.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(conflicts, 1);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(720, report.conflicts.isEmpty() ? 180 : 440));
}

QString SyncReportDialog::summary(const SyncReport &report)
{
    if (report.seenBefore)
        return tr("This bundle was merged before; nothing changed.");
    return tr("Bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept ours (newer), %6 matched under "
              "another id, %7 skipped (erased people), %8 people erased here too. %n conflicts.",
              nullptr, int(report.conflicts.size()))
        .arg(report.exportedBy.isEmpty() ? tr("a colleague") : report.exportedBy)
        .arg(report.inserted)
        .arg(report.updated)
        .arg(report.unchanged)
        .arg(report.keptLocal)
        .arg(report.matchedByKey)
        .arg(report.skippedErased)
        .arg(report.erasedHere);
}

} // namespace ad
