#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace ad {

class BoardModel;
class CardDelegate;
class CollapsedColumn;

// One column of a board: a header with its title, card count, summed ARR and
// soft limit, over a list view of its cards. Exit columns can collapse to a
// narrow strip that still accepts dropped cards.
class BoardColumnWidget : public QWidget
{
    Q_OBJECT

public:
    BoardColumnWidget(BoardModel *model, int column, CardDelegate *delegate, QWidget *parent = nullptr);

    int column() const { return m_column; }
    QListView *list() const { return m_list; }
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    // Re-attaches the list to its column after the model was reset.
    void refresh();

signals:
    void collapsedChanged(bool collapsed);

private:
    void updateHeader();
    void editSoftLimit();

    BoardModel *m_model;
    int m_column;
    QLabel *m_title;
    QLabel *m_summary;
    QToolButton *m_collapse;
    QListView *m_list;
    CollapsedColumn *m_strip;
    QWidget *m_expanded;
    bool m_collapsed = false;
};

} // namespace ad
