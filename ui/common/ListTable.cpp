#include "ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace ad {

void styleAsList(QTableView *table)
{
    table->verticalHeader()->hide();
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
}

} // namespace ad
