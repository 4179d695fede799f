#pragma once

#include "BoardService.h"
#include "domain/Request.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace ad {

struct ServiceContext;

// What the request board narrows to: text in the opportunity, prospect,
// requester, industry, region or product; one activity type; one requester.
// Empty: no filter.
struct RequestBoardFilter
{
    QString text;
    QString activityTypeId;
    QString requester;
    bool operator==(const RequestBoardFilter &) const = default;
};

// A request as its card shows it: the request, and who was asked (not those who
// declined), in the order they were asked.
struct RequestCard
{
    Request request;
    QString askedNames;
};

// The request pipeline as a board, read a column page at a time (newest first),
// like the advocate boards: a programme with 18,000 requests costs what is on screen.
class RequestBoardService
{
public:
    explicit RequestBoardService(const ServiceContext &context) : m_context(context) {}

    static int columnCount();

    Result<QList<BoardColumnTotal>> totals(const RequestBoardFilter &filter) const;
    Result<QList<RequestCard>> page(const RequestBoardFilter &filter, int column, int offset,
                                    int limit) const;
    Result<std::optional<BoardCardPosition>> position(const RequestBoardFilter &filter,
                                                      const QString &requestId) const;
    // Everyone who has logged a request, for the requester filter.
    Result<QStringList> requesters() const;

private:
    Status fillAskedNames(QList<RequestCard> &cards) const;

    const ServiceContext &m_context;
};

} // namespace ad
