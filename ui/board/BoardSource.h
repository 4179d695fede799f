#pragma once

#include "BoardColumns.h"
#include "services/BoardService.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QUndoCommand;

namespace ad {

struct ServiceContext;

// One card as the board model files it: which column, what it adds to the
// column's summed amount, and the source's own record of it (what cardData reads).
struct BoardItem
{
    QString id;
    int column = -1;
    qint64 amount = 0;
    QVariant card;
};

// A board as it opens: every column's count and amount, and each column's first cards.
struct BoardSnapshot
{
    QList<BoardColumnTotal> totals; // per column
    QList<QList<BoardItem>> cards;  // per column
    QVariant lookups;               // what else the source shows (BoardReader::lookups)
};

// Reads one board as it was when the read was asked for (its filter fixed
// then), over the connection it is given: the board loader's own on its worker
// thread, or the window's for a card the user asked to see. It holds only
// values, so any thread may use it.
class BoardReader
{
public:
    virtual ~BoardReader() = default;

    virtual Result<QList<BoardColumnTotal>> totals(const ServiceContext &context) const = 0;
    // Cards `offset` to `offset + limit` of a column, in board order.
    virtual Result<QList<BoardItem>> page(const ServiceContext &context, int column, int offset,
                                          int limit) const = 0;
    // Where a card sits; nullopt when the filter hides it.
    virtual Result<std::optional<BoardCardPosition>> position(const ServiceContext &context,
                                                              const QString &cardId) const = 0;
    // Anything the source shows beside the cards (filter choices), read with the first pages.
    virtual Result<QVariant> lookups(const ServiceContext &) const { return QVariant(); }
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
    // A reader of the board as it should show now (the current filter).
    virtual std::shared_ptr<const BoardReader> reader() const = 0;
    // What the reader's lookups() found, handed over with the cards it came with.
    virtual void setLookups(const QVariant &) {}
    // A card's value for one of the BoardModel roles; invalid when the card has none.
    virtual QVariant cardData(const BoardItem &item, int role) const = 0;
    // "ARR $1.2M" or "Deals $350K": the summed amount in a column header.
    virtual QString amountSummary(const QString &money) const = 0;
    // The programme's currency (ISO 4217) that the amounts are in.
    virtual QString currency() const = 0;
    // How narrow a column's cards may get before the board scrolls sideways.
    virtual int columnMinimumWidth() const { return 210; }
    // The context-menu action that opens a card.
    virtual QString openCardText() const = 0;
    // Whether the pipeline rules allow the move now (a board asks before it
    // asks the user why).
    virtual Status checkMove(const QString &cardId, int toColumn) = 0;
    // Makes the move through the core rules; returns the command that takes it back.
    virtual Result<std::unique_ptr<QUndoCommand>> performMove(const QString &cardId, int toColumn,
                                                              const QString &reason, Done done) = 0;
};

} // namespace ad
