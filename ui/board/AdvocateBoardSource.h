#pragma once

#include "BoardFilterBar.h"
#include "BoardSource.h"
#include "services/BoardService.h"

namespace ad {

class Services;

// The nomination pipeline or the advocacy journey: advocates as cards, read
// through BoardService with the board filters, moved by MoveCardCommand.
class AdvocateBoardSource : public BoardSource
{
public:
    AdvocateBoardSource(Services &services, BoardKind kind);

    BoardKind kind() const { return m_kind; }
    const BoardFilter &filter() const { return m_filter; }
    void setFilter(const BoardFilter &filter) { m_filter = filter; }

    QString key() const override;
    QList<BoardColumn> columns() const override;
    std::shared_ptr<const BoardReader> reader() const override;
    void setLookups(const QVariant &lookups) override;
    // The filter choices read with the last load.
    const BoardFilterChoices &choices() const { return m_choices; }
    QVariant cardData(const BoardItem &item, int role) const override;
    QString amountSummary(const QString &money) const override;
    QString currency() const override;
    QString openCardText() const override;
    Status checkMove(const QString &cardId, int toColumn) override;
    Result<std::unique_ptr<QUndoCommand>> performMove(const QString &cardId, int toColumn,
                                                      const QString &reason, Done done) override;

private:
    Services &m_services;
    BoardKind m_kind;
    BoardFilter m_filter;
    BoardFilterChoices m_choices;
};

} // namespace ad

Q_DECLARE_METATYPE(ad::BoardCard)
