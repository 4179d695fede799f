#pragma once

#include "domain/Enums.h"
#include "rules/ProgrammeRules.h"
#include "rules/Readiness.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ad {

struct ServiceContext;
struct BoardFilterSql;

// Which pipeline a board shows: the nomination pipeline (columns are
// NominationStatus values) or the five-stage advocacy journey (columns are
// stages 1..5, stored here as 0..4).
enum class BoardKind
{
    Nomination,
    Journey
};

// The filters every board offers. Empty / unset: no filter.
struct BoardFilter
{
    QString text; // full-text prefix search, as in the advocates table
    QString ownerId;
    std::optional<Segment> segment;
    QString industry;
    QString region;
    std::optional<Tier> tier;

    bool operator==(const BoardFilter &) const = default;
};

struct BoardCard
{
    QString advocateId;
    QString nominationId; // nomination board only
    QString name;
    QString title;
    QString accountName;
    QString ownerName;
    Tier tier = Tier::Community;
    int readiness = 0;
    int column = 0;
    QDate inColumnSince;
    qint64 arr = 0;
    bool askCapReached = false;
    bool thankYouDue = false;
};

// One column of a board under a filter: how many cards, and their summed ARR.
struct BoardColumnTotal
{
    qint64 count = 0;
    qint64 amount = 0;
};

// Where a card sits on a board: its column and its row in board order.
struct BoardCardPosition
{
    int column = 0;
    int row = 0;
};

// Reads a board a column page at a time, in board order (name, then the order
// the advocates were added), so a board of 50,000 cards costs what is on
// screen: column totals from one aggregate query, cards only where asked for.
class BoardService
{
public:
    static constexpr int kEveryCard = -1; // a page limit: the whole column

    BoardService(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    static int columnCount(BoardKind kind);

    // Count and summed ARR of every column (index = column) under the filter.
    Result<QList<BoardColumnTotal>> totals(BoardKind kind, const BoardFilter &filter) const;
    // Cards `offset` to `offset + limit` of one column in board order; flags
    // follow the programme rules (ask cap, thank-you windows).
    Result<QList<BoardCard>> page(BoardKind kind, const BoardFilter &filter, int column, int offset,
                                  int limit, const ReadinessWeights &weights = {}) const;
    // Every card of the board, column by column.
    Result<QList<BoardCard>> cards(BoardKind kind, const BoardFilter &filter,
                                   const ReadinessWeights &weights = {}) const;
    // The card's place under the filter; nullopt when the filter hides it (or
    // it is not on this board).
    Result<std::optional<BoardCardPosition>> position(BoardKind kind, const BoardFilter &filter,
                                                      const QString &advocateId) const;

    // The values the industry and region filters can take, from the accounts.
    Result<QStringList> industries() const;
    Result<QStringList> regions() const;

private:
    Result<QStringList> distinctAccountValues(const QString &column) const;
    // Whether a nomination page is cheaper read by walking the advocates in
    // name order (a large column, near its top) than by sorting its column.
    Result<bool> walkNames(BoardKind kind, const BoardFilterSql &where, int column, int offset,
                           int limit) const;

    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
