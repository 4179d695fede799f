#pragma once

#include "board/BoardModel.h"
#include "services/RequestBoardService.h"

#include <QHash>

namespace ad {

class Services;

// The filter choices of the request board, read with its cards.
struct RequestBoardLookups
{
    QHash<QString, QString> activityNames; // id -> name
    QStringList requesters;
};

// The request pipeline as a board: one column per request status (Declined,
// Cancelled and Expired are exits), one card per request; moves go through
// RequestService and its lifecycle rules.
class RequestBoardSource : public BoardSource
{
public:
    enum Role
    {
        RequesterRole = BoardModel::FirstSourceRole,
        OpportunityRole,
        ActivityRole, // the activity type's name
        ProspectRole, // "Logistics · Enterprise · APAC"
        NeededByRole, // QDate, invalid when not given
        DaysLeftRole, // days until needed-by (negative: overdue); invalid when not given
        AskedAdvocateRole,
        IsOpenRole,   // still to be fulfilled: a needed-by date can be overdue
        DealTextRole, // the deal size in the programme's currency, "$120,000"
    };

    explicit RequestBoardSource(Services &services);

    const RequestBoardFilter &filter() const { return m_filter; }
    void setFilter(const RequestBoardFilter &filter) { m_filter = filter; }
    // The requesters and activity types seen at the last load, for the filter choices.
    QStringList requesters() const { return m_lookups.requesters; }
    const QHash<QString, QString> &activityNames() const { return m_lookups.activityNames; }

    QString key() const override;
    QList<BoardColumn> columns() const override;
    std::shared_ptr<const BoardReader> reader() const override;
    void setLookups(const QVariant &lookups) override;
    QVariant cardData(const BoardItem &item, int role) const override;
    QString amountSummary(const QString &money) const override;
    QString currency() const override;
    QString openCardText() const override;
    // Seven live columns (the three exits collapse) fit side by side in a 1600 px window.
    int columnMinimumWidth() const override { return 180; }
    Status checkMove(const QString &cardId, int toColumn) override;
    Result<std::unique_ptr<QUndoCommand>> performMove(const QString &cardId, int toColumn,
                                                      const QString &reason, Done done) override;

private:
    Services &m_services;
    RequestBoardFilter m_filter;
    RequestBoardLookups m_lookups;
};

} // namespace ad

Q_DECLARE_METATYPE(ad::RequestCard)
Q_DECLARE_METATYPE(ad::RequestBoardLookups)
