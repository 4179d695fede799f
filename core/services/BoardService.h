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

// Reads the cards of a board in one query: every card with what it shows and
// the flags the data calls for. The UI groups them into columns.
class BoardService
{
public:
    BoardService(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    // Flags follow the programme rules (ask cap, thank-you windows).
    Result<QList<BoardCard>> cards(BoardKind kind, const BoardFilter &filter,
                                   const ReadinessWeights &weights = {}) const;

    // The values the industry and region filters can take, from the accounts.
    Result<QStringList> industries() const;
    Result<QStringList> regions() const;

private:
    Result<QStringList> distinctAccountValues(const QString &column) const;

    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
