#include "RequestRows.h"

#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad {

QString requestColumns()
{
    return QStringLiteral(
        "r.id, r.requester, r.opportunity, r.prospect_company, r.industry, r.segment, r.region, "
        "r.product, r.deal_size, r.activity_type_id, r.needed_by, r.status, r.opened_on, "
        "r.created_at, r.updated_at");
}

Request requestFrom(const SqlQuery &q, int first)
{
    Request r;
    r.id = q.value(first).toString();
    r.requester = q.value(first + 1).toString();
    r.opportunity = q.value(first + 2).toString();
    r.prospectCompany = q.value(first + 3).toString();
    r.industry = q.value(first + 4).toString();
    r.segment = q.value(first + 5).toString();
    r.region = q.value(first + 6).toString();
    r.product = q.value(first + 7).toString();
    r.dealSize = q.value(first + 8).toLongLong();
    r.activityTypeId = q.value(first + 9).toString();
    r.neededBy = time::dateFromStorage(q.value(first + 10));
    r.status = parseRequestStatus(q.value(first + 11).toString()).value_or(RequestStatus::New);
    r.openedOn = time::dateFromStorage(q.value(first + 12));
    r.createdAt = time::instantFromStorage(q.value(first + 13));
    r.updatedAt = time::instantFromStorage(q.value(first + 14));
    return r;
}

} // namespace ad
