#include "RfmService.h"

#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad {

Result<QList<RfmScore>> RfmService::scores() const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("WITH totals AS ("
                                  " SELECT c.id, c.name, max(p.purchased_on) AS last_on, count(*) AS n,"
                                  "  sum(p.amount) AS total"
                                  " FROM purchases p JOIN accounts c ON c.id = p.account_id"
                                  " WHERE p.purchased_on <= ? GROUP BY c.id)"
                                  " SELECT id, name, last_on, n, total,"
                                  "  NTILE(5) OVER (ORDER BY last_on, name, id),"
                                  "  NTILE(5) OVER (ORDER BY n, name, id),"
                                  "  NTILE(5) OVER (ORDER BY total, name, id)"
                                  " FROM totals ORDER BY name, id"));
    query.bind(time::toStorage(m_context.clock.today()));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<RfmScore> scores;
    while (query.next()) {
        RfmScore score;
        score.accountId = query.value(0).toString();
        score.accountName = query.value(1).toString();
        score.lastPurchase = time::dateFromStorage(query.value(2));
        score.purchases = query.value(3).toInt();
        score.amount = query.value(4).toLongLong();
        score.recency = query.value(5).toInt();
        score.frequency = query.value(6).toInt();
        score.monetary = query.value(7).toInt();
        const int best = m_rules.bestCustomerQuintile;
        score.bestCustomer = score.recency >= best && score.frequency >= best && score.monetary >= best;
        scores << score;
    }
    return scores;
}

Result<QList<RfmScore>> RfmService::bestCustomers() const
{
    Result<QList<RfmScore>> all = scores();
    if (!all)
        return all.error();
    QList<RfmScore> best;
    for (const RfmScore &score : std::as_const(*all))
        if (score.bestCustomer)
            best << score;
    return best;
}

} // namespace ad
