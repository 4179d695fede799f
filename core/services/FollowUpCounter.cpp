#include "FollowUpCounter.h"

#include "OwnedBy.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad {

namespace {

// "(?, ?, ...)" for `count` values, or "(NULL)" (matches nothing) for none.
QString placeholders(qsizetype count)
{
    if (count == 0)
        return QStringLiteral("(NULL)");
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

Result<QMap<FollowUpKind, int>> FollowUpCounter::count(const QString &ownerId) const
{
    QMap<FollowUpKind, int> counts;
    for (FollowUpKind kind : allFollowUpKinds())
        counts.insert(kind, 0);
    for (auto add : {&FollowUpCounter::countContributionDebt, &FollowUpCounter::countOneWay,
                     &FollowUpCounter::countEnrolledDebt, &FollowUpCounter::countStaleConsents}) {
        if (Status status = (this->*add)(counts, ownerId); !status)
            return status.error();
    }
    return counts;
}

Status FollowUpCounter::countContributionDebt(QMap<FollowUpKind, int> &counts, const QString &ownerId) const
{
    const QDate today = m_context.clock.today();
    Result<int> unthanked = countUnthanked(ownerId);
    if (!unthanked)
        return unthanked.error();
    counts[FollowUpKind::ThankYou] = *unthanked;

    // Case studies on or before today still owed their final version: counted
    // off the partial index participations_final_owed (schema 7).
    Result<QStringList> caseStudies = finalVersionActivityIds(m_context);
    if (!caseStudies)
        return caseStudies.error();
    SqlQuery finals(m_context.db,
                    QStringLiteral("SELECT count(*) FROM participations p WHERE p.final_shared_on IS NULL"
                                   " AND p.activity_type_id IN ") +
                        placeholders(caseStudies->size()) + QStringLiteral(" AND p.occurred_on <= ?") +
                        ownedBy(ownerId, QStringLiteral("p.advocate_id")));
    for (const QString &id : std::as_const(*caseStudies))
        finals.bind(id);
    finals.bind(time::toStorage(today));
    bindOwner(finals, ownerId);
    Result<QVariant> unshared = scalar(finals);
    if (!unshared)
        return unshared.error();
    counts[FollowUpKind::FinalVersion] = unshared->toInt();

    // Unpublished artifacts, read from the partial index participations_unpublished
    // (the + again: without that index, one pass beats a lookup per contribution).
    // Dates compare by their first ten characters, as FollowUpService reads them.
    SqlQuery unused(m_context.db,
                    QStringLiteral("SELECT count(*) FROM participations p WHERE p.artifact_link != ''"
                                   " AND p.published_on IS NULL AND ") +
                        m_context.db.dialect().noIndex(QStringLiteral("p.occurred_on")) +
                        QStringLiteral(" <= ? AND substr(p.occurred_on, 1, 10) <= ?") +
                        ownedBy(ownerId, QStringLiteral("p.advocate_id")));
    unused.bind(time::toStorage(today)).bind(time::toStorage(today.addDays(-m_rules.unusedContributionDays)));
    bindOwner(unused, ownerId);
    Result<QVariant> idle = scalar(unused);
    if (!idle)
        return idle.error();
    counts[FollowUpKind::UnusedContribution] = idle->toInt();
    return {};
}

Result<int> FollowUpCounter::countUnthanked(const QString &ownerId) const
{
    const QVariant today = time::toStorage(m_context.clock.today());
    if (!ownerId.isEmpty()) {
        // One CSM's contributions: few enough to check each for an appreciation.
        SqlQuery query(m_context.db,
                       QStringLiteral("SELECT count(*) FROM participations p WHERE p.occurred_on <= ?") +
                           ownedBy(ownerId, QStringLiteral("p.advocate_id")) +
                           QStringLiteral("AND NOT EXISTS (SELECT 1 FROM appreciations ap"
                                          " WHERE ap.participation_id = p.id)"));
        query.bind(today).bind(ownerId);
        Result<QVariant> found = scalar(query);
        if (!found)
            return found.error();
        return found->toInt();
    }
    // The whole programme, from indexes alone instead of a pass over every
    // contribution: those on or before today (all of them, which SQLite counts
    // off its smallest index, less the few after today), less the thanked ones.
    // Thanked are the contributions appreciations point to (a foreign key: each
    // one exists), less those dated after today.
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT (SELECT count(*) FROM participations)"
                       " - (SELECT count(*) FROM participations WHERE occurred_on > ?)"
                       " - (SELECT count(*) FROM (SELECT participation_id FROM appreciations"
                       "  WHERE participation_id IS NOT NULL GROUP BY participation_id) AS thanked)"
                       " + (SELECT count(*) FROM participations p WHERE p.occurred_on > ?"
                       "  AND EXISTS (SELECT 1 FROM appreciations ap WHERE ap.participation_id = p.id))"));
    query.bind(today).bind(today);
    Result<QVariant> found = scalar(query);
    if (!found)
        return found.error();
    return found->toInt();
}

Status FollowUpCounter::countOneWay(QMap<FollowUpKind, int> &counts, const QString &ownerId) const
{
    // Advocates asked in the window without a touch in it: one item each.
    const QDate today = m_context.clock.today();
    const QVariant since = time::toStorage(today.addDays(-m_rules.oneWayWindowDays));
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT count(*) FROM (SELECT s.advocate_id AS id FROM asks s"
                       " WHERE s.asked_on > ? AND s.asked_on <= ?") +
            ownedBy(ownerId, QStringLiteral("s.advocate_id")) +
            QStringLiteral("GROUP BY s.advocate_id) asked WHERE NOT EXISTS (SELECT 1 FROM touches t"
                           " WHERE t.advocate_id = asked.id AND t.occurred_on > ? AND t.occurred_on <= ?)"));
    query.bind(since).bind(time::toStorage(today));
    bindOwner(query, ownerId);
    query.bind(since).bind(time::toStorage(today));
    Result<QVariant> found = scalar(query);
    if (!found)
        return found.error();
    counts[FollowUpKind::OneWayRelationship] = found->toInt();
    return {};
}

Status FollowUpCounter::countEnrolledDebt(QMap<FollowUpKind, int> &counts, const QString &ownerId) const
{
    // Stale profiles and CSMs over capacity both read the enrolled advocates: one
    // pass, per owner, with the advocates fetched in id order (the IN list is sorted).
    const QVariant cutoff = time::toStorage(m_context.clock.today().addMonths(-m_rules.staleAfterMonths));
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT CASE WHEN max(u.id) IS NULL THEN 0 ELSE 1 END, count(*),"
                                  " count(*) FILTER (WHERE a.last_verified IS NULL OR a.last_verified < ?) FROM advocates a"
                                  " LEFT JOIN users u ON u.id = a.owner_id WHERE a.id IN"
                                  " (SELECT n.advocate_id FROM nominations n WHERE n.status = 'enrolled')") +
                       (ownerId.isEmpty() ? QString() : QStringLiteral(" AND a.owner_id = ?")) +
                       QStringLiteral(" GROUP BY a.owner_id"));
    query.bind(cutoff);
    bindOwner(query, ownerId);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        counts[FollowUpKind::StaleProfile] += query.value(2).toInt();
        if (query.value(0).toInt() != 0 && query.value(1).toInt() > m_rules.csmCapacity)
            ++counts[FollowUpKind::CsmCapacity];
    }
    return {};
}

Status FollowUpCounter::countStaleConsents(QMap<FollowUpKind, int> &counts, const QString &ownerId) const
{
    // The newest current consent per advocate and asset, too old.
    const QDate today = m_context.clock.today();
    SqlQuery consents(m_context.db,
                      QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM consents c"
                                     " WHERE c.granted_on <= ? AND (c.revoked_on IS NULL OR c.revoked_on > ?)"
                                     " AND (c.expires_on IS NULL OR c.expires_on >= ?)") +
                          ownedBy(ownerId, QStringLiteral("c.advocate_id")) +
                          QStringLiteral("GROUP BY c.advocate_id, c.asset HAVING max(c.granted_on) < ?) AS stale"));
    consents.bind(time::toStorage(today)).bind(time::toStorage(today)).bind(time::toStorage(today));
    bindOwner(consents, ownerId);
    consents.bind(time::toStorage(today.addMonths(-m_rules.staleAfterMonths)));
    Result<QVariant> old = scalar(consents);
    if (!old)
        return old.error();
    counts[FollowUpKind::StaleConsent] = old->toInt();
    return {};
}

} // namespace ad
