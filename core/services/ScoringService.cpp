#include "ScoringService.h"

#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad {

Result<QHash<QString, int>> ScoringService::contactScoresFor(const QString &only) const
{
    const QDate today = m_context.clock.today();
    // An event on day D counts while D is within the last N days (D > today − N).
    const QVariant since = time::toStorage(today.addDays(-m_rules.contactPointsExpiryDays));
    const QVariant until = time::toStorage(today);
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT a.id,"
                       " coalesce((SELECT sum(p.points) FROM participations p WHERE p.advocate_id = a.id"
                       "  AND p.occurred_on > :since AND p.occurred_on <= :until), 0)"
                       " + :touch * (SELECT count(*) FROM touches t WHERE t.advocate_id = a.id"
                       "  AND t.occurred_on > :since AND t.occurred_on <= :until)"
                       " + :nps * (SELECT count(*) FROM nps_responses n WHERE n.advocate_id = a.id"
                       "  AND n.responded_on > :since AND n.responded_on <= :until)"
                       " FROM advocates a WHERE (:only = '' OR a.id = :only)"));
    query.bind(QStringLiteral(":since"), since).bind(QStringLiteral(":until"), until);
    query.bind(QStringLiteral(":touch"), m_rules.touchPoints)
        .bind(QStringLiteral(":nps"), m_rules.npsResponsePoints);
    query.bind(QStringLiteral(":only"), only);
    if (Status status = query.exec(); !status)
        return status.error();
    QHash<QString, int> scores;
    while (query.next())
        scores.insert(query.value(0).toString(), query.value(1).toInt());
    return scores;
}

Result<int> ScoringService::contactScore(const QString &advocateId) const
{
    Result<QHash<QString, int>> scores = contactScoresFor(advocateId);
    if (!scores)
        return scores.error();
    return scores->value(advocateId, 0);
}

Result<QHash<QString, int>> ScoringService::contactScores() const
{
    return contactScoresFor(QString());
}

Result<QHash<QString, ScoringService::TrailingPoints>> ScoringService::trailingPoints() const
{
    const QDate today = m_context.clock.today();
    SqlQuery query(m_context.db,
                   // A CASE, not max(t.barrier = 'high'): PostgreSQL has no max(boolean).
                   QStringLiteral("SELECT p.advocate_id, sum(p.points), max(CASE WHEN t.barrier = 'high' THEN 1 ELSE 0 END)"
                                  " FROM participations p JOIN activity_types t ON t.id = p.activity_type_id"
                                  " WHERE p.occurred_on > ? AND p.occurred_on <= ? GROUP BY p.advocate_id"));
    query.bind(time::toStorage(today.addMonths(-m_rules.tierWindowMonths))).bind(time::toStorage(today));
    if (Status status = query.exec(); !status)
        return status.error();
    QHash<QString, TrailingPoints> points;
    while (query.next())
        points.insert(query.value(0).toString(),
                      TrailingPoints{query.value(1).toInt(), query.value(2).toInt() != 0});
    return points;
}

} // namespace ad
