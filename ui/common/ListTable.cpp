#include "ListTable.h"

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

ListTableRefill::ListTableRefill(QTableView *table) : m_table(table)
{
    m_table->setUpdatesEnabled(false);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        m_modes << header->sectionResizeMode(column);
        if (m_modes.last() == QHeaderView::ResizeToContents)
            header->setSectionResizeMode(column, QHeaderView::Interactive);
    }
}

ListTableRefill::~ListTableRefill()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_modes.size() && column < header->count(); ++column)
        if (m_modes[column] == QHeaderView::ResizeToContents)
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setUpdatesEnabled(true);
}

} // namespace ad
