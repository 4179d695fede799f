#include "AccountRecord.h"

#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad::accountRecord {

namespace {
// Products are kept as one "; "-separated text: few per account, read together.
const QString kProductSeparator = QStringLiteral("; ");
} // namespace

const QString kColumns = QStringLiteral(
    "id, name, industry, segment, region, country, products, arr, customer_since, renewal_date, health, "
    "open_escalation, owner_id, external_crm_id, created_at, updated_at");

QVariantList fieldValues(const Account &a)
{
    return {a.name.trimmed(),
            a.industry,
            keyOf(a.segment),
            a.region,
            a.country,
            a.products.join(kProductSeparator),
            a.arr,
            time::toStorage(a.customerSince),
            time::toStorage(a.renewalDate),
            keyOf(a.health),
            a.openEscalation ? 1 : 0,
            nullIfEmpty(a.ownerId),
            a.externalCrmId};
}

Account fromQuery(const SqlQuery &q)
{
    Account a;
    a.id = q.value(0).toString();
    a.name = q.value(1).toString();
    a.industry = q.value(2).toString();
    a.segment = parseSegment(q.value(3).toString()).value_or(Segment::MidMarket);
    a.region = q.value(4).toString();
    a.country = q.value(5).toString();
    const QString products = q.value(6).toString();
    a.products = products.isEmpty() ? QStringList() : products.split(kProductSeparator);
    a.arr = q.value(7).toLongLong();
    a.customerSince = time::dateFromStorage(q.value(8));
    a.renewalDate = time::dateFromStorage(q.value(9));
    a.health = parseHealth(q.value(10).toString()).value_or(Health::Healthy);
    a.openEscalation = q.value(11).toBool();
    a.ownerId = q.value(12).toString();
    a.externalCrmId = q.value(13).toString();
    a.createdAt = time::instantFromStorage(q.value(14));
    a.updatedAt = time::instantFromStorage(q.value(15));
    return a;
}

} // namespace ad::accountRecord
