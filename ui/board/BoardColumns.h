#pragma once

#include "services/BoardService.h"

#include <QList>
#include <QString>

namespace ad {

// One column of a board as the user sees it.
struct BoardColumn
{
    QString key;   // stable: settings and tests refer to it
    QString title; // translated
    bool isExit = false;
};

// The columns of each board, in pipeline order.
QList<BoardColumn> boardColumns(BoardKind kind);

// Settings keys are per board: "nomination" or "journey".
QString boardKey(BoardKind kind);

} // namespace ad
