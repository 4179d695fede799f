#include "AccountSummaryService.h"

#include "AccountService.h"
#include "NpsReport.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad {

Result<AccountSummary> AccountSummaryService::summary(const QString &accountId) const
{
    AccountService accounts(m_context);
    Result<Account> account = accounts.get(accountId);
    if (!account)
        return account.error();
    AccountSummary summary;
    summary.account = *account;

    SqlQuery owner(m_context.db, QStringLiteral("SELECT name FROM users WHERE id = ?"));
    owner.bind(account->ownerId);
    if (Status status = owner.exec(); !status)
        return status.error();
    if (owner.next())
        summary.ownerName = owner.value(0).toString();

    const QDate today = m_context.clock.now().toUTC().date();
    summary.npsTo = today;
    summary.npsFrom = today.addMonths(-12).addDays(1);
    Result<NpsSummary> nps = NpsReport(m_context, m_rules).account(accountId, summary.npsFrom, summary.npsTo);
    if (!nps)
        return nps.error();
    summary.nps = *nps;
    if (account->renewalDate.isValid())
        summary.daysToRenewal = int(today.daysTo(account->renewalDate));

    if (Status status = fillAdvocates(summary); !status)
        return status.error();
    if (Status status = fillContributions(summary); !status)
        return status.error();
    return summary;
}

Status AccountSummaryService::fillAdvocates(AccountSummary &summary) const
{
    // One row per advocate: contribution count, points and last date aggregated,
    // and the latest NPS answer picked with ROW_NUMBER.
    SqlQuery query(
        m_context.db,
        QStringLiteral("WITH latest AS ("
                       " SELECT n.advocate_id, n.score, ROW_NUMBER() OVER ("
                       "  PARTITION BY n.advocate_id ORDER BY n.responded_on DESC, n.rowid DESC) AS rn"
                       " FROM nps_responses n JOIN advocates a ON a.id = n.advocate_id"
                       " WHERE a.account_id = ?),"
                       " given AS ("
                       " SELECT p.advocate_id, COUNT(*) AS n, SUM(p.points) AS points,"
                       "  MAX(p.occurred_on) AS last_on"
                       " FROM participations p JOIN advocates a ON a.id = p.advocate_id"
                       " WHERE a.account_id = ? GROUP BY p.advocate_id)"
                       " SELECT a.id, a.name, a.title, a.email, a.tier, a.journey_stage, l.score,"
                       "  COALESCE(g.n, 0), COALESCE(g.points, 0), g.last_on"
                       " FROM advocates a"
                       " LEFT JOIN latest l ON l.advocate_id = a.id AND l.rn = 1"
                       " LEFT JOIN given g ON g.advocate_id = a.id"
                       " WHERE a.account_id = ? ORDER BY ") +
                       m_context.db.dialect().caseFolded(QStringLiteral("a.name")) + QStringLiteral(", a.id"));
    const QString id = summary.account.id;
    query.bind(id).bind(id).bind(id);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        AccountAdvocate row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.title = query.value(2).toString();
        row.email = query.value(3).toString();
        row.tier = parseTier(query.value(4).toString()).value_or(Tier::Community);
        row.journeyStage = query.value(5).toInt();
        if (!query.value(6).isNull())
            row.latestNps = query.value(6).toInt();
        row.contributions = query.value(7).toInt();
        row.points = query.value(8).toInt();
        row.lastContribution = time::dateFromStorage(query.value(9));
        summary.advocates << row;
    }
    return {};
}

Status AccountSummaryService::fillContributions(AccountSummary &summary) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT p.id, p.occurred_on, a.id, a.name, t.name, p.points"
                                  " FROM participations p JOIN advocates a ON a.id = p.advocate_id"
                                  " JOIN activity_types t ON t.id = p.activity_type_id"
                                  " WHERE a.account_id = ? ORDER BY p.occurred_on DESC, p.rowid DESC"));
    query.bind(summary.account.id);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        AccountContribution row;
        row.id = query.value(0).toString();
        row.occurredOn = time::dateFromStorage(query.value(1));
        row.advocateId = query.value(2).toString();
        row.advocateName = query.value(3).toString();
        row.activity = query.value(4).toString();
        row.points = query.value(5).toInt();
        summary.contributions << row;
    }
    SqlQuery totals(
        m_context.db,
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(p.points), 0),"
                       "  COALESCE(SUM(CASE WHEN p.occurred_on BETWEEN ? AND ? THEN 1 ELSE 0 END), 0)"
                       " FROM participations p JOIN advocates a ON a.id = p.advocate_id"
                       " WHERE a.account_id = ?"));
    totals.bind(time::toStorage(summary.npsFrom))
        .bind(time::toStorage(summary.npsTo))
        .bind(summary.account.id);
    if (Status status = totals.exec(); !status)
        return status;
    if (totals.next()) {
        summary.contributionCount = totals.value(0).toInt();
        summary.contributionPoints = totals.value(1).toInt();
        summary.contributionsInWindow = totals.value(2).toInt();
    }
    return {};
}

} // namespace ad
