#include "BoardService.h"

#include "ServiceContext.h"
#include "storage/FtsQuery.h"
#include "storage/ReadinessSql.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"
#include "util/TimeFormat.h"

namespace ad {

namespace {

// Columns both boards read; the nomination board adds its own.
const char kCardColumns[] =
    "a.id, a.name, a.title, acc.name, coalesce(u.name, ''), a.tier, acc.arr, "
    "%1, "
    "(SELECT count(*) FROM asks k JOIN activity_types t ON t.id = k.activity_type_id"
    "  WHERE k.advocate_id = a.id AND t.counts_toward_cap = 1 AND k.asked_on >= ?), "
    "EXISTS (SELECT 1 FROM participations p WHERE p.advocate_id = a.id"
    "  AND p.occurred_on >= ? AND p.occurred_on <= ?"
    "  AND NOT EXISTS (SELECT 1 FROM appreciations ap WHERE ap.participation_id = p.id)), ";

} // namespace

Result<QList<BoardCard>> BoardService::cards(BoardKind kind, const BoardFilter &filter,
                                             const ReadinessWeights &weights) const
{
    const QString match = ftsPrefixQuery(filter.text);
    if (!filter.text.trimmed().isEmpty() && match.isEmpty())
        return QList<BoardCard>();

    const bool nominations = kind == BoardKind::Nomination;
    QString sql = QStringLiteral("SELECT ") + QString::fromLatin1(kCardColumns).arg(readinessSql());
    if (nominations)
        sql += QStringLiteral("n.status, n.status_changed_at, n.id FROM nominations n "
                              "JOIN advocates a ON a.id = n.advocate_id ");
    else
        sql += QStringLiteral("a.journey_stage, coalesce((SELECT max(e.occurred_at) FROM audit_events e"
                              " WHERE e.entity_id = a.id AND e.field = 'journey_stage'), a.created_at), '' "
                              "FROM advocates a ");
    sql += QStringLiteral("JOIN accounts acc ON acc.id = a.account_id "
                          "LEFT JOIN users u ON u.id = a.owner_id WHERE 1 = 1");
    if (!match.isEmpty())
        sql +=
            QStringLiteral(" AND a.seq IN (SELECT rowid FROM advocate_search WHERE advocate_search MATCH ?)");
    if (!filter.ownerId.isEmpty())
        sql += QStringLiteral(" AND a.owner_id = ?");
    if (filter.segment)
        sql += QStringLiteral(" AND acc.segment = ?");
    if (!filter.industry.isEmpty())
        sql += QStringLiteral(" AND acc.industry = ?");
    if (!filter.region.isEmpty())
        sql += QStringLiteral(" AND acc.region = ?");
    if (filter.tier)
        sql += QStringLiteral(" AND a.tier = ?");
    sql += QStringLiteral(" ORDER BY a.name COLLATE NOCASE, a.seq");

    const QDate today = m_context.clock.today();
    SqlQuery query(m_context.db, sql);
    bindReadinessWeights(query, weights);
    query.bind(time::toStorage(today.addDays(-(m_rules.askCapWindowDays - 1)))); // the window includes today
    query.bind(time::toStorage(today.addDays(-m_rules.thankYouLookbackDays)));
    query.bind(time::toStorage(today.addDays(-m_rules.thankYouDueDays)));
    if (!match.isEmpty())
        query.bind(match);
    if (!filter.ownerId.isEmpty())
        query.bind(filter.ownerId);
    if (filter.segment)
        query.bind(keyOf(*filter.segment));
    if (!filter.industry.isEmpty())
        query.bind(filter.industry);
    if (!filter.region.isEmpty())
        query.bind(filter.region);
    if (filter.tier)
        query.bind(keyOf(*filter.tier));
    if (Status status = query.exec(); !status)
        return status.error();

    QList<BoardCard> cards;
    while (query.next()) {
        BoardCard card;
        card.advocateId = query.value(0).toString();
        card.name = query.value(1).toString();
        card.title = query.value(2).toString();
        card.accountName = query.value(3).toString();
        card.ownerName = query.value(4).toString();
        card.tier = parseTier(query.value(5).toString()).value_or(Tier::Community);
        card.arr = query.value(6).toLongLong();
        card.readiness = query.value(7).toInt();
        card.askCapReached = query.value(8).toInt() >= m_rules.askCap;
        card.thankYouDue = query.value(9).toBool();
        if (nominations)
            card.column =
                int(parseNominationStatus(query.value(10).toString()).value_or(NominationStatus::Nominated));
        else
            card.column =
                qBound(kFirstJourneyStage, query.value(10).toInt(), kLastJourneyStage) - kFirstJourneyStage;
        card.inColumnSince = time::instantFromStorage(query.value(11)).toLocalTime().date();
        card.nominationId = query.value(12).toString();
        cards << card;
    }
    return cards;
}

Result<QStringList> BoardService::industries() const
{
    return distinctAccountValues(QStringLiteral("industry"));
}

Result<QStringList> BoardService::regions() const
{
    return distinctAccountValues(QStringLiteral("region"));
}

Result<QStringList> BoardService::distinctAccountValues(const QString &column) const
{
    // `column` is one of ours, never user text.
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT DISTINCT %1 FROM accounts WHERE %1 <> '' ORDER BY %1").arg(column));
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace ad
