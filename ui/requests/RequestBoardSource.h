#pragma once

#include "board/BoardModel.h"
#include "domain/Request.h"

#include <QHash>

namespace ad {

class Services;

// What the request board narrows to: text in the opportunity, prospect or
// requester, one activity type, one requester. Empty: no filter.
struct RequestBoardFilter
{
    QString text;
    QString activityTypeId;
    QString requester;
    bool operator==(const RequestBoardFilter &) const = default;
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
        ActivityRole,   // the activity type's name
        ProspectRole,   // "Logistics · Enterprise · APAC"
        NeededByRole,   // QDate, invalid when not given
        DaysLeftRole,   // days until needed-by (negative: overdue); invalid when not given
        AskedAdvocateRole,
        IsOpenRole, // still to be fulfilled: a needed-by date can be overdue
    };

    explicit RequestBoardSource(Services &services);

    const RequestBoardFilter &filter() const { return m_filter; }
    void setFilter(const RequestBoardFilter &filter) { m_filter = filter; }
    // The requesters and activity types seen at the last load, for the filter choices.
    QStringList requesters() const { return m_requesters; }
    const QHash<QString, QString> &activityNames() const { return m_activityNames; }

    QString key() const override;
    QList<BoardColumn> columns() const override;
    Result<QList<BoardItem>> load() override;
    QVariant cardData(int sourceRow, int role) const override;
    QString amountSummary(const QString &money) const override;
    QString openCardText() const override;
    // Seven live columns (the three exits collapse) fit side by side in a 1600 px window.
    int columnMinimumWidth() const override { return 180; }
    Result<std::unique_ptr<QUndoCommand>> performMove(const QString &cardId, int toColumn,
                                                      const QString &reason, Done done) override;

private:
    bool matches(const Request &request) const;

    Services &m_services;
    RequestBoardFilter m_filter;
    QList<Request> m_requests;
    QStringList m_askedNames; // per request: who was asked, newest last
    QHash<QString, QString> m_activityNames;
    QStringList m_requesters;
};

} // namespace ad
