#pragma once

#include <QDialog>

class QMainWindow;
class QTableWidget;

namespace ad {

// Help → Keyboard Shortcuts: every menu action with a shortcut, read from the
// window's menus (so it never goes stale), plus the keys the pages handle
// themselves (board moves, search, profile).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace ad
