#include "KpiGroups.h"

#include "services/FollowUpCounter.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad::kpi {

Status computeRetention(const KpiScope &scope, KpiReport &report)
{
    // Retention, as of the range's end (`to`): an account is retained when its
    // renewal date lies after `to` (the contract still runs) or it bought
    // something in the retentionPurchaseWindowDays up to `to` (it still pays).
    // "Advocate" accounts hold at least one advocate whose nomination is
    // enrolled; every other account is a "non-advocate" account.
    // The accounts with an enrolled advocate come from the enrolled nominations, the
    // advocates read in id order (the IN list is sorted), not every account's advocates.
    // LIMIT -1 keeps the per-account subquery whole: flattened, its IN list would be
    // built once for each place that uses `advocate`.
    SqlQuery sql(
        scope.context.db,
        QStringLiteral(
            "SELECT count(*) FILTER (WHERE advocate = 1), count(*) FILTER (WHERE advocate = 1 AND kept = 1),"
            " count(*) FILTER (WHERE advocate = 0), count(*) FILTER (WHERE advocate = 0 AND kept = 1)"
            " FROM (SELECT CASE WHEN c.id IN (SELECT a.account_id FROM advocates a WHERE a.id IN"
            "  (SELECT n.advocate_id FROM nominations n WHERE n.status = 'enrolled')) THEN 1 ELSE 0 END AS advocate,"
            " CASE WHEN c.renewal_date > ? OR EXISTS (SELECT 1 FROM purchases p"
            "  WHERE p.account_id = c.id AND p.purchased_on > ? AND p.purchased_on <= ?) THEN 1 ELSE 0 END AS kept"
            " FROM accounts c WHERE") +
            KpiScope::accountFilter() + scope.context.db.dialect().noLimit() + QStringLiteral(") accounts"));
    const QDate to = scope.query.to;
    sql.bind(time::toStorage(to))
        .bind(time::toStorage(to.addDays(-scope.rules.retentionPurchaseWindowDays)))
        .bind(time::toStorage(to));
    scope.bindAccountFilter(sql);
    if (Status status = sql.exec(); !status)
        return status;
    if (!sql.next())
        return {};
    for (auto [group, column] :
         {std::pair{&report.retention.advocates, 0}, {&report.retention.nonAdvocates, 2}}) {
        group->accounts = sql.value(column).toInt();
        group->retained = sql.value(column + 1).toInt();
        group->rate = ratio(group->retained, group->accounts);
    }
    return {};
}

Status computeFollowUpDebt(const KpiScope &scope, KpiReport &report)
{
    // Debt is what is owed today (FollowUpService's own rules, counted); only the
    // CSM filter applies to it.
    Result<QMap<FollowUpKind, int>> counts = FollowUpCounter(scope.context, scope.rules).count(scope.ownerId);
    if (!counts)
        return counts.error();
    report.followUpDebt.clear();
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        report.followUpDebt.insert(keyOf(it.key()), it.value());
    return {};
}

} // namespace ad::kpi
