#include "ShortcutsDialog.h"
#include "common/MnemonicText.h"
#include "common/ScreenFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad {

namespace {

struct Row
{
    QString action;
    QList<QKeySequence> keys; // none: the heading of a group
};

// Rows of the table, each key in at most one of them: a key bound twice (Redo's
// Ctrl+Shift+Z is also the platform's Redo) or described twice is listed once,
// where it first appears.
class Rows
{
public:
    void heading(const QString &title) { m_rows.append({withoutMnemonic(title), {}}); }

    void add(const QString &action, const QList<QKeySequence> &keys)
    {
        QList<QKeySequence> fresh;
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty() && !m_seen.contains(key.toString(QKeySequence::PortableText))) {
                m_seen.insert(key.toString(QKeySequence::PortableText));
                fresh << key;
            }
        }
        if (!fresh.isEmpty())
            m_rows.append({withoutMnemonic(action), fresh});
    }

    // Without the headings of groups that ended up empty.
    QList<Row> rows() const
    {
        QList<Row> kept;
        for (int i = 0; i < m_rows.size(); ++i) {
            const bool emptyGroup =
                m_rows.at(i).keys.isEmpty() && (i + 1 == m_rows.size() || m_rows.at(i + 1).keys.isEmpty());
            if (!emptyGroup)
                kept << m_rows.at(i);
        }
        return kept;
    }

private:
    QList<Row> m_rows;
    QSet<QString> m_seen;
};

// A menu's actions with shortcuts (its submenus' too), under the menu's title;
// a titled section (View's "Go To") makes a group of its own.
void collect(QMenu *menu, Rows &rows)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), rows);
        } else if (action->isSeparator()) {
            if (!action->text().isEmpty())
                rows.heading(action->text());
        } else {
            rows.add(action->text(), action->shortcuts());
        }
    }
}

QKeySequence key(QKeyCombination combination)
{
    return QKeySequence(combination);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window) : QDialog(window), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));

    Rows rows;
    for (QAction *action : window->menuBar()->actions())
        if (action->menu()) {
            rows.heading(action->menu()->title());
            collect(action->menu(), rows);
        }

    rows.heading(tr("Pages, lists and boards"));
    rows.add(tr("Move between the sidebar, toolbar and page"), {key(Qt::Key_Tab), key(Qt::SHIFT | Qt::Key_Tab)});
    rows.add(tr("Walk the sidebar, a list or a board; Down goes from a search box to what it found"),
             {key(Qt::Key_Up), key(Qt::Key_Down), key(Qt::Key_Left), key(Qt::Key_Right)});
    rows.add(tr("Move the selected card to the previous or next column"),
             {key(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), key(Qt::CTRL | Qt::SHIFT | Qt::Key_Right)});
    rows.add(tr("Open the selected card's or row's profile (in a search box: the first found)"),
             {key(Qt::Key_Enter)});
    rows.add(tr("Open a context menu (Move To, Set Soft Limit)"), {key(Qt::Key_Menu)});
    rows.heading(tr("Windows"));
    rows.add(tr("Clear the search; close a dialog, a profile or an account window"), {key(Qt::Key_Escape)});
    // As ui/common/CloseKeys binds them.
    QList<QKeySequence> close{key(Qt::CTRL | Qt::Key_W)};
    close << QKeySequence::keyBindings(QKeySequence::Close);
    rows.add(tr("Close a profile or account window"), close);

    const QList<Row> shown = rows.rows();
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setRowCount(int(shown.size()));
    QFont headingFont = font();
    headingFont.setBold(true);
    for (int row = 0; row < shown.size(); ++row) {
        QStringList keys;
        for (const QKeySequence &sequence : shown.at(row).keys)
            keys << sequence.toString(QKeySequence::NativeText);
        auto *action = new QTableWidgetItem(shown.at(row).action);
        m_table->setItem(row, 0, action);
        m_table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        if (keys.isEmpty()) {
            action->setFont(headingFont);
            action->setFlags(Qt::ItemIsEnabled);
            m_table->setSpan(row, 0, 1, 2);
        }
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
