#pragma once

#include "BoardColumns.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QUndoCommand;

namespace ad {

// One card as the board model files it: which column, what it adds to the
// column's summed amount, and the row of the source that knows the rest.
struct BoardItem
{
    QString id;
    int column = -1;
    qint64 amount = 0;
    int sourceRow = -1;
};

// What a board shows and how its cards move: the nomination and journey boards
// read advocates, the request board reads requests. BoardModel, BoardView and
// BoardPage only talk to this.
class BoardSource
{
public:
    // Called after every undo and redo with the outcome of the card's move.
    using Done = std::function<void(const QString &cardId, const Status &status)>;

    virtual ~BoardSource() = default;

    // Stable name for the settings ("nomination", "journey", "request").
    virtual QString key() const = 0;
    virtual QList<BoardColumn> columns() const = 0;
    // Reads the cards again; the rows stay valid until the next load().
    virtual Result<QList<BoardItem>> load() = 0;
    // A card's value for one of the BoardModel roles; invalid when the card has none.
    virtual QVariant cardData(int sourceRow, int role) const = 0;
    // "ARR $1.2M" or "Deals $350k": the summed amount in a column header.
    virtual QString amountSummary(const QString &money) const = 0;
    // How narrow a column's cards may get before the board scrolls sideways.
    virtual int columnMinimumWidth() const { return 210; }
    // The context-menu action that opens a card.
    virtual QString openCardText() const = 0;
    // Makes the move through the core rules; returns the command that takes it back.
    virtual Result<std::unique_ptr<QUndoCommand>> performMove(const QString &cardId, int toColumn,
                                                              const QString &reason, Done done) = 0;
};

} // namespace ad
