#pragma once

#include "board/BoardModel.h"

#include <QTest>

namespace ad::test {

// The board's cards are in: the load that showing it, a filter or a move asked
// for (on the loader's thread) has arrived.
inline bool boardLoaded(BoardModel &model, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&model] { return model.hasLoaded() && !model.isLoading(); }, timeoutMs);
}

// Reads the board again and waits for its cards.
inline bool reloadBoard(BoardModel &model, int timeoutMs = 10000)
{
    model.reload();
    return boardLoaded(model, timeoutMs);
}

} // namespace ad::test
