#include "BoardService.h"

#include "ServiceContext.h"
#include "storage/Database.h"
#include "storage/ReadinessSql.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"
#include "util/TimeFormat.h"

namespace ad {

// What a board filter adds to a query over `a` (advocates) and `acc` (their accounts).
struct BoardFilterSql
{
    bool matchesNothing = false; // text typed, but no word in it can be searched for
    bool needsAccount = false;   // a condition reads the account
    QString where;               // " AND …" conditions
    QVariantList values;         // bound in the order of `where`
};

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

BoardFilterSql filterSql(const SearchIndex &index, const BoardFilter &filter)
{
    BoardFilterSql sql;
    const SearchQuery match = index.query(filter.text);
    if (!filter.text.trimmed().isEmpty() && match.isEmpty()) {
        sql.matchesNothing = true;
        return sql;
    }
    const auto add = [&sql](const char *condition, const QVariant &value) {
        sql.where += QLatin1String(condition);
        sql.values << value;
    };
    if (!match.isEmpty()) {
        sql.where += QStringLiteral(" AND a.seq IN (%1)").arg(match.matchingSeqs);
        sql.values << match.values;
    }
    if (!filter.ownerId.isEmpty())
        add(" AND a.owner_id = ?", filter.ownerId);
    if (filter.tier)
        add(" AND a.tier = ?", keyOf(*filter.tier));
    sql.needsAccount = filter.segment || !filter.industry.isEmpty() || !filter.region.isEmpty();
    if (filter.segment)
        add(" AND acc.segment = ?", keyOf(*filter.segment));
    if (!filter.industry.isEmpty())
        add(" AND acc.industry = ?", filter.industry);
    if (!filter.region.isEmpty())
        add(" AND acc.region = ?", filter.region);
    return sql;
}

// The rows a board is made of: nominations with their advocate, or advocates.
QString boardRows(BoardKind kind, bool withAccount)
{
    QString rows = kind == BoardKind::Nomination
                       ? QStringLiteral(" FROM nominations n JOIN advocates a ON a.id = n.advocate_id")
                       : QStringLiteral(" FROM advocates a");
    if (withAccount)
        rows += QStringLiteral(" JOIN accounts acc ON acc.id = a.account_id");
    return rows;
}

// The stored value a column stands for, and back.
QString columnField(BoardKind kind)
{
    return kind == BoardKind::Nomination ? QStringLiteral("n.status") : QStringLiteral("a.journey_stage");
}

QVariant columnValue(BoardKind kind, int column)
{
    if (kind == BoardKind::Nomination)
        return keyOf(static_cast<NominationStatus>(column));
    return column + kFirstJourneyStage;
}

int columnOf(BoardKind kind, const QVariant &value)
{
    if (kind == BoardKind::Nomination)
        return int(parseNominationStatus(value.toString()).value_or(NominationStatus::Nominated));
    return qBound(kFirstJourneyStage, value.toInt(), kLastJourneyStage) - kFirstJourneyStage;
}

void bindAll(SqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.bind(value);
}

} // namespace

int BoardService::columnCount(BoardKind kind)
{
    return kind == BoardKind::Nomination ? int(allNominationStatusValues().size())
                                         : kLastJourneyStage - kFirstJourneyStage + 1;
}

Result<QList<BoardColumnTotal>> BoardService::totals(BoardKind kind, const BoardFilter &filter) const
{
    QList<BoardColumnTotal> totals(columnCount(kind));
    const BoardFilterSql where = filterSql(m_context.db.searchIndex(), filter);
    if (where.matchesNothing)
        return totals;
    SqlQuery query(m_context.db, QStringLiteral("SELECT ") + columnField(kind) +
                                     QStringLiteral(", count(*), coalesce(sum(acc.arr), 0)") +
                                     boardRows(kind, true) + QStringLiteral(" WHERE 1 = 1") + where.where +
                                     QStringLiteral(" GROUP BY 1"));
    bindAll(query, where.values);
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next()) {
        BoardColumnTotal &total = totals[columnOf(kind, query.value(0))];
        total.count += query.value(1).toLongLong();
        total.amount += query.value(2).toLongLong();
    }
    return totals;
}

Result<QList<BoardCard>> BoardService::page(BoardKind kind, const BoardFilter &filter, int column, int offset,
                                            int limit, const ReadinessWeights &weights) const
{
    const BoardFilterSql where = filterSql(m_context.db.searchIndex(), filter);
    if (where.matchesNothing || column < 0 || column >= columnCount(kind))
        return QList<BoardCard>();

    // The page is chosen first, on the advocates' name order alone; only its
    // cards then pay for the flags and the readiness (SQLite keeps the LIMIT
    // inside: a subquery with a LIMIT is not flattened into a join).
    const bool nominations = kind == BoardKind::Nomination;
    QString sql = QStringLiteral("SELECT ") + QString::fromLatin1(kCardColumns).arg(readinessSql());
    if (nominations)
        sql += QStringLiteral("n.status, n.status_changed_at, n.id");
    else
        sql += QStringLiteral("a.journey_stage, coalesce((SELECT max(e.occurred_at) FROM audit_events e"
                              " WHERE e.entity_id = a.id AND e.field = 'journey_stage'), a.created_at), ''");
    Result<bool> walk = walkNames(kind, where, column, offset, limit);
    if (!walk)
        return walk.error();
    const QString rows =
        *walk ? QStringLiteral(" FROM advocates a ") + m_context.db.dialect().orderedJoin() +
                    QStringLiteral(" nominations n ON n.advocate_id = a.id")
              : boardRows(kind, where.needsAccount);
    sql += QStringLiteral(" FROM (SELECT a.seq AS seq") + rows + QStringLiteral(" WHERE ") +
           columnField(kind) + QStringLiteral(" = ?") + where.where +
           // CROSS JOIN keeps the page the outer loop: with its LIMIT bound, not
           // seen, the planner would rather walk every advocate in name order
           // (the outer ORDER BY for free) and probe the page for each (255 ms
           // a page on 100,000 advocates, against 1 ms).
           QStringLiteral(" ORDER BY ") + m_context.db.dialect().caseFolded(QStringLiteral("a.name")) +
           QStringLiteral(", a.seq LIMIT ? OFFSET ?) page ") + m_context.db.dialect().orderedJoin() +
           QStringLiteral(" advocates a ON a.seq = page.seq");
    if (nominations)
        sql += QStringLiteral(" JOIN nominations n ON n.advocate_id = a.id");
    sql += QStringLiteral(" JOIN accounts acc ON acc.id = a.account_id LEFT JOIN users u ON u.id = a.owner_id"
                          " ORDER BY ") +
           m_context.db.dialect().caseFolded(QStringLiteral("a.name")) + QStringLiteral(", a.seq");

    const QDate today = m_context.clock.today();
    SqlQuery query(m_context.db, sql);
    bindReadinessWeights(query, weights);
    query.bind(time::toStorage(today.addDays(-(m_rules.askCapWindowDays - 1)))); // the window includes today
    query.bind(time::toStorage(today.addDays(-m_rules.thankYouLookbackDays)));
    query.bind(time::toStorage(today.addDays(-m_rules.thankYouDueDays)));
    query.bind(columnValue(kind, column));
    bindAll(query, where.values);
    query.bindLimit(limit).bind(qMax(0, offset));
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
        card.column = columnOf(kind, query.value(10));
        card.inColumnSince = time::instantFromStorage(query.value(11)).toLocalTime().date();
        card.nominationId = query.value(12).toString();
        cards << card;
    }
    return cards;
}

Result<bool> BoardService::walkNames(BoardKind kind, const BoardFilterSql &where, int column, int offset,
                                     int limit) const
{
    // The journey's own index gives its columns in name order; a filter makes
    // a column sparse in the name order, where sorting the few rows wins.
    if (kind != BoardKind::Nomination || !where.values.isEmpty() || limit < 0)
        return false;
    SqlQuery counts(m_context.db, QStringLiteral("SELECT (SELECT count(*) FROM nominations WHERE status = ?),"
                                                 " (SELECT count(*) FROM advocates)"));
    counts.bind(columnValue(kind, column));
    if (Status status = counts.exec(); !status)
        return status.error();
    if (!counts.next())
        return false;
    const qint64 inColumn = counts.value(0).toLongLong();
    const qint64 advocates = counts.value(1).toLongLong();
    // Walking the names meets about advocates / inColumn advocates per card of
    // the column; sorting costs about one read per card of the column.
    return qint64(offset + limit) * advocates < inColumn * inColumn;
}

Result<QList<BoardCard>> BoardService::cards(BoardKind kind, const BoardFilter &filter,
                                             const ReadinessWeights &weights) const
{
    QList<BoardCard> cards;
    for (int column = 0; column < columnCount(kind); ++column) {
        Result<QList<BoardCard>> inColumn = page(kind, filter, column, 0, kEveryCard, weights);
        if (!inColumn)
            return inColumn.error();
        cards << *inColumn;
    }
    return cards;
}

Result<std::optional<BoardCardPosition>> BoardService::position(BoardKind kind, const BoardFilter &filter,
                                                                const QString &advocateId) const
{
    const BoardFilterSql where = filterSql(m_context.db.searchIndex(), filter);
    if (where.matchesNothing)
        return std::optional<BoardCardPosition>();
    const QString rows = boardRows(kind, where.needsAccount);
    SqlQuery card(m_context.db, QStringLiteral("SELECT ") + columnField(kind) +
                                    QStringLiteral(", a.name, a.seq") + rows +
                                    QStringLiteral(" WHERE a.id = ?") + where.where);
    card.bind(advocateId);
    bindAll(card, where.values);
    if (Status status = card.exec(); !status)
        return status.error();
    if (!card.next())
        return std::optional<BoardCardPosition>();
    const QVariant stored = card.value(0);
    const QVariant name = card.value(1);
    const QVariant seq = card.value(2);
    card.raw().finish();

    // Its row: the cards of its column that come before it in board order.
    SqlQuery before(m_context.db, QStringLiteral("SELECT count(*)") + rows + QStringLiteral(" WHERE ") +
                                      columnField(kind) + QStringLiteral(" = ?") + where.where +
                                      QStringLiteral(" AND (") +
                                      m_context.db.dialect().caseFolded(QStringLiteral("a.name")) +
                                      QStringLiteral(" < ") + m_context.db.dialect().caseFolded(QStringLiteral("?")) +
                                      QStringLiteral(" OR (") + m_context.db.dialect().caseFoldedEquals(QStringLiteral("a.name")) +
                                      QStringLiteral(" AND a.seq < ?))"));
    before.bind(stored);
    bindAll(before, where.values);
    before.bind(name).bind(name).bind(seq);
    Result<QVariant> row = scalar(before);
    if (!row)
        return row.error();
    return std::optional<BoardCardPosition>(BoardCardPosition{columnOf(kind, stored), row->toInt()});
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
