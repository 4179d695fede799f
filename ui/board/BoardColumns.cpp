#include "BoardColumns.h"

namespace ad {

QList<BoardColumn> boardColumns(BoardKind kind)
{
    QList<BoardColumn> columns;
    if (kind == BoardKind::Nomination) {
        for (NominationStatus status : allNominationStatusValues())
            columns << BoardColumn{keyOf(status), displayName(status),
                                   status == NominationStatus::Declined ||
                                       status == NominationStatus::NotAFit ||
                                       status == NominationStatus::Paused};
    } else {
        for (int stage = kFirstJourneyStage; stage <= kLastJourneyStage; ++stage)
            columns << BoardColumn{QStringLiteral("stage%1").arg(stage),
                                   QStringLiteral("%1 · %2").arg(stage).arg(journeyStageName(stage)), false};
    }
    return columns;
}

QString boardKey(BoardKind kind)
{
    return kind == BoardKind::Nomination ? QStringLiteral("nomination") : QStringLiteral("journey");
}

} // namespace ad
