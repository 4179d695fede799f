#include "MyDayService.h"

#include "OwnedBy.h"
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

// The whole list is its head without a limit.
template <typename T> Result<QList<T>> allOf(Result<ListHead<T>> head)
{
    if (!head)
        return head.error();
    return std::move(head->rows);
}

// The nomination statuses that wait on someone; enrolled is where a nomination
// should stay, and the exits are decided.
const QStringList kWaiting = {QStringLiteral("nominated"), QStringLiteral("in_review"),
                              QStringLiteral("cultivating"), QStringLiteral("invited")};

} // namespace

Result<QList<PendingAsk>> MyDayService::pendingAsks(const QString &ownerId) const
{
    return allOf(pendingAsks(ownerId, -1));
}

Result<QList<UntouchedAdvocate>> MyDayService::untouched(const QString &ownerId) const
{
    return allOf(untouched(ownerId, -1));
}

Result<QList<StuckNomination>> MyDayService::stuckNominations(const QString &ownerId) const
{
    return allOf(stuckNominations(ownerId, -1));
}

Result<ListHead<PendingAsk>> MyDayService::pendingAsks(const QString &ownerId, int limit) const
{
    // Counted, and the day of the limit-th found, in the asks alone: only the
    // asks up to that day (its others too, for the tie-breaks by name) are
    // joined to their advocates, requests and activities.
    const QString owned = ownedBy(ownerId, QStringLiteral("k.advocate_id"));
    ListHead<PendingAsk> head;
    SqlQuery count(m_context.db,
                   QStringLiteral("SELECT count(*) FROM asks k WHERE k.answer = 'pending'") + owned);
    bindOwner(count, ownerId);
    Result<QVariant> total = scalar(count);
    if (!total)
        return total.error();
    head.total = total->toLongLong();
    QVariant lastDay;
    if (limit >= 0 && head.total > limit) {
        if (limit == 0)
            return head;
        SqlQuery edge(m_context.db, QStringLiteral("SELECT k.asked_on FROM asks k WHERE k.answer = 'pending'") +
                                        owned + QStringLiteral(" ORDER BY k.asked_on LIMIT 1 OFFSET ?"));
        bindOwner(edge, ownerId);
        edge.bind(limit - 1);
        Result<QVariant> day = scalar(edge);
        if (!day)
            return day.error();
        lastDay = *day;
    }
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT k.request_id, a.id, a.name, "
                       " CASE WHEN r.opportunity <> '' THEN r.opportunity ELSE r.prospect_company END, "
                       " t.name, k.asked_on "
                       "FROM asks k JOIN advocates a ON a.id = k.advocate_id "
                       "JOIN requests r ON r.id = k.request_id "
                       "JOIN activity_types t ON t.id = k.activity_type_id "
                       "WHERE k.answer = 'pending'") +
            ownerClause(ownerId) + (lastDay.isNull() ? QString() : QStringLiteral(" AND k.asked_on <= ?")) +
            QStringLiteral(" ORDER BY k.asked_on, a.name LIMIT ?"));
    bindOwner(query, ownerId);
    if (!lastDay.isNull())
        query.bind(lastDay);
    query.bindLimit(limit);
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next())
        head.rows << PendingAsk{query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3).toString(),
                                query.value(4).toString(), time::dateFromStorage(query.value(5))};
    return head;
}

Result<ListHead<UntouchedAdvocate>> MyDayService::untouched(const QString &ownerId, int limit) const
{
    // Each enrolled advocate's last touch decides whether they are listed, so
    // all are read; the window count gives the size of the list before its limit.
    const QDate cutoff = m_context.clock.today().addDays(-m_rules.untouchedDays);
    SqlQuery query(
        m_context.db,
        // The last touch is filtered on outside: a column alias is not visible in
        // its own WHERE on PostgreSQL.
        QStringLiteral("SELECT id, name, account, last, count(*) OVER () FROM ("
                       "SELECT a.id, a.name, acc.name AS account, "
                       " (SELECT max(t.occurred_on) FROM touches t WHERE t.advocate_id = a.id) AS last "
                       "FROM nominations n JOIN advocates a ON a.id = n.advocate_id "
                       "JOIN accounts acc ON acc.id = a.account_id "
                       "WHERE n.status = 'enrolled'") +
            ownerClause(ownerId) +
            QStringLiteral(") enrolled WHERE last IS NULL OR last < ? ORDER BY last IS NOT NULL, last, name LIMIT ?"));
    bindOwner(query, ownerId);
    // With no row to carry the count, one row is read for it.
    query.bind(time::toStorage(cutoff)).bindLimit(limit == 0 ? 1 : limit);
    if (Status status = query.exec(); !status)
        return status.error();
    ListHead<UntouchedAdvocate> head;
    while (query.next()) {
        head.total = query.value(4).toLongLong();
        if (limit != 0)
            head.rows << UntouchedAdvocate{query.value(0).toString(), query.value(1).toString(),
                                           query.value(2).toString(), time::dateFromStorage(query.value(3))};
    }
    return head;
}

Result<ListHead<StuckNomination>> MyDayService::stuckNominations(const QString &ownerId, int limit) const
{
    const QVariant cutoff = time::toStorage(m_context.clock.now().addDays(-m_rules.stuckNominationDays));
    const QString owned = ownedBy(ownerId, QStringLiteral("n.advocate_id"));
    const QString waiting = QStringLiteral("n.status IN ('") + kWaiting.join(QStringLiteral("', '")) +
                            QStringLiteral("') AND n.status_changed_at < ?");
    ListHead<StuckNomination> head;
    // Counted along nominations_status (status, status_changed_at) alone.
    SqlQuery count(m_context.db, QStringLiteral("SELECT count(*) FROM nominations n WHERE ") + waiting + owned);
    count.bind(cutoff);
    bindOwner(count, ownerId);
    Result<QVariant> total = scalar(count);
    if (!total)
        return total.error();
    head.total = total->toLongLong();
    QVariant lastChange;
    if (limit >= 0 && head.total > limit) {
        if (limit == 0)
            return head;
        // The limit-th oldest change: each status's oldest `limit` are read along
        // the index, and the limit-th of those together is the limit-th of all.
        QStringList arms;
        for (qsizetype i = 0; i < kWaiting.size(); ++i)
            arms << QStringLiteral("SELECT at FROM (SELECT n.status_changed_at AS at FROM nominations n"
                                   " WHERE n.status = ? AND n.status_changed_at < ?") +
                        owned + QStringLiteral(" ORDER BY n.status_changed_at LIMIT ?) AS arm");
        SqlQuery edge(m_context.db, arms.join(QStringLiteral(" UNION ALL ")) +
                                        QStringLiteral(" ORDER BY at LIMIT 1 OFFSET ?"));
        for (const QString &status : kWaiting) {
            edge.bind(status).bind(cutoff);
            bindOwner(edge, ownerId);
            edge.bind(limit);
        }
        edge.bind(limit - 1);
        Result<QVariant> at = scalar(edge);
        if (!at)
            return at.error();
        lastChange = *at;
    }
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT a.id, n.id, a.name, acc.name, n.status, n.status_changed_at "
                                  "FROM nominations n JOIN advocates a ON a.id = n.advocate_id "
                                  "JOIN accounts acc ON acc.id = a.account_id WHERE ") +
                       waiting + ownerClause(ownerId) +
                       (lastChange.isNull() ? QString() : QStringLiteral(" AND n.status_changed_at <= ?")) +
                       QStringLiteral(" ORDER BY n.status_changed_at, a.name LIMIT ?"));
    query.bind(cutoff);
    bindOwner(query, ownerId);
    if (!lastChange.isNull())
        query.bind(lastChange);
    query.bindLimit(limit);
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next())
        head.rows << StuckNomination{
            query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            parseNominationStatus(query.value(4).toString()).value_or(NominationStatus::Nominated),
            time::instantFromStorage(query.value(5)).toLocalTime().date()};
    return head;
}

} // namespace ad
