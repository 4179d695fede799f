#pragma once

class QTableView;

namespace ad {

// The look every list in the app shares: whole-row selection, no grid, no
// row numbers, alternating rows, one line per row.
void styleAsList(QTableView *table);

} // namespace ad
