#include "ShortcutsDialog.h"
#include "common/ScreenFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad {

namespace {

QString withoutAccelerator(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

void collect(QMenu *menu, QList<QPair<QString, QString>> &rows)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), rows);
        else if (!action->shortcuts().isEmpty()) {
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            rows.append({withoutAccelerator(action->text()), keys.join(QStringLiteral(", "))});
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window) : QDialog(window), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));

    QList<QPair<QString, QString>> rows;
    for (QAction *action : window->menuBar()->actions())
        if (action->menu())
            collect(action->menu(), rows);
    rows.append({tr("Move between the sidebar, toolbar and page"), tr("Tab, Shift+Tab")});
    rows.append({tr("Go to a page in the sidebar"), tr("Up, Down")});
    rows.append({tr("Walk between cards and columns on a board"), tr("Arrow keys")});
    rows.append({tr("Move the selected card to the previous or next column"),
                 tr("Ctrl+Shift+Left, Ctrl+Shift+Right")});
    rows.append({tr("Open the selected card's or row's profile"), tr("Enter")});
    rows.append({tr("Clear the search"), tr("Escape")});
    rows.append({tr("Open a context menu (Move To, Set Soft Limit)"), tr("Menu key")});
    rows.append({tr("Close a dialog"), tr("Escape")});
    rows.append({tr("Close a profile or account window"), tr("Escape, Ctrl+W")});

    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(620, 520));
}

} // namespace ad
