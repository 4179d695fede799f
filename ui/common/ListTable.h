#pragma once

#include <QHeaderView>
#include <QList>

class QTableView;

namespace ad {

// The look every list in the app shares: whole-row selection, no grid, no
// row numbers, alternating rows, one line per row.
void styleAsList(QTableView *table);

// While a table is filled row by row: columns that size to their contents
// are measured once, when the guard goes, instead of after every row (which
// made filling n rows with cell widgets cost n², over a second for My Day's
// 800 rows), and nothing is painted half-filled.
class ListTableRefill
{
public:
    explicit ListTableRefill(QTableView *table);
    ~ListTableRefill();
    ListTableRefill(const ListTableRefill &) = delete;
    ListTableRefill &operator=(const ListTableRefill &) = delete;

private:
    QTableView *m_table;
    QList<QHeaderView::ResizeMode> m_modes;
};

} // namespace ad
