#include "MyDayService.h"

#include "ServiceContext.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"
#include "util/TimeFormat.h"

namespace ad {

namespace {

// "AND a.owner_id = ?" when filtering by owner; the value is bound, never spliced.
QString ownerClause(const QString &ownerId)
{
    return ownerId.isEmpty() ? QString() : QStringLiteral(" AND a.owner_id = ?");
}

} // namespace

Result<QList<PendingAsk>> MyDayService::pendingAsks(const QString &ownerId) const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT k.request_id, a.id, a.name, "
                       " CASE WHEN r.opportunity <> '' THEN r.opportunity ELSE r.prospect_company END, "
                       " t.name, k.asked_on "
                       "FROM asks k JOIN advocates a ON a.id = k.advocate_id "
                       "JOIN requests r ON r.id = k.request_id "
                       "JOIN activity_types t ON t.id = k.activity_type_id "
                       "WHERE k.answer = 'pending'") +
            ownerClause(ownerId) + QStringLiteral(" ORDER BY k.asked_on, a.name"));
    if (!ownerId.isEmpty())
        query.bind(ownerId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<PendingAsk> asks;
    while (query.next())
        asks << PendingAsk{query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString(), time::dateFromStorage(query.value(5))};
    return asks;
}

Result<QList<UntouchedAdvocate>> MyDayService::untouched(const QString &ownerId) const
{
    const QDate cutoff = m_context.clock.today().addDays(-m_rules.untouchedDays);
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT a.id, a.name, acc.name, "
                       " (SELECT max(t.occurred_on) FROM touches t WHERE t.advocate_id = a.id) AS last "
                       "FROM nominations n JOIN advocates a ON a.id = n.advocate_id "
                       "JOIN accounts acc ON acc.id = a.account_id "
                       "WHERE n.status = 'enrolled'") +
            ownerClause(ownerId) +
            QStringLiteral(" AND (last IS NULL OR last < ?) ORDER BY last IS NOT NULL, last, a.name"));
    if (!ownerId.isEmpty())
        query.bind(ownerId);
    query.bind(time::toStorage(cutoff));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<UntouchedAdvocate> advocates;
    while (query.next())
        advocates << UntouchedAdvocate{query.value(0).toString(), query.value(1).toString(),
                                       query.value(2).toString(), time::dateFromStorage(query.value(3))};
    return advocates;
}

Result<QList<StuckNomination>> MyDayService::stuckNominations(const QString &ownerId) const
{
    // Enrolled is where a nomination should stay; the exits are decided.
    const QDateTime cutoff = m_context.clock.now().addDays(-m_rules.stuckNominationDays);
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT a.id, n.id, a.name, acc.name, n.status, n.status_changed_at "
                                  "FROM nominations n JOIN advocates a ON a.id = n.advocate_id "
                                  "JOIN accounts acc ON acc.id = a.account_id "
                                  "WHERE n.status IN ('nominated', 'in_review', 'cultivating', 'invited') "
                                  "AND n.status_changed_at < ?") +
                       ownerClause(ownerId) + QStringLiteral(" ORDER BY n.status_changed_at, a.name"));
    query.bind(time::toStorage(cutoff));
    if (!ownerId.isEmpty())
        query.bind(ownerId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<StuckNomination> stuck;
    while (query.next())
        stuck << StuckNomination{
            query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            parseNominationStatus(query.value(4).toString()).value_or(NominationStatus::Nominated),
            time::instantFromStorage(query.value(5)).toLocalTime().date()};
    return stuck;
}

} // namespace ad
