#pragma once

#include <QDialog>

class QMainWindow;
class QTableWidget;

namespace ad {

// Help → Keyboard Shortcuts: every menu action with a shortcut, read from the
// window's menus (so it never goes stale) and grouped by menu, then the keys the
// pages handle themselves (lists, boards, search, profiles). Each key is listed
// once, in the words of the language on screen.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    // Two columns, action and keys; a group's heading is a row whose keys are empty.
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace ad
