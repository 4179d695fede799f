#include "RequestBoardService.h"

#include "RequestRows.h"
#include "ServiceContext.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace ad {

namespace {

// The conditions a filter adds over `r` (requests), with their values in order.
struct FilterSql
{
    QString where;
    QVariantList values;
};

FilterSql filterSql(const SqlDialect &dialect, const RequestBoardFilter &filter)
{
    FilterSql sql;
    if (!filter.activityTypeId.isEmpty()) {
        sql.where += QStringLiteral(" AND r.activity_type_id = ?");
        sql.values << filter.activityTypeId;
    }
    if (!filter.requester.isEmpty()) {
        sql.where += QStringLiteral(" AND r.requester = ?");
        sql.values << filter.requester;
    }
    const QString text = filter.text.trimmed().toLower();
    if (!text.isEmpty()) {
        // A plain substring, not a pattern: a typed % or _ means itself.
        QStringList fields;
        for (const char *field :
             {"opportunity", "prospect_company", "requester", "industry", "region", "product"}) {
            fields << dialect.containsPlain(QStringLiteral("lower(r.%1)").arg(QLatin1String(field)));
            sql.values << text;
        }
        sql.where += QStringLiteral(" AND (") + fields.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return sql;
}

void bindAll(SqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.bind(value);
}

QString statusOf(int column)
{
    return keyOf(allRequestStatusValues().value(column));
}

int columnOf(const QVariant &status)
{
    return int(parseRequestStatus(status.toString()).value_or(RequestStatus::New));
}

} // namespace

int RequestBoardService::columnCount()
{
    return int(allRequestStatusValues().size());
}

Result<QList<BoardColumnTotal>> RequestBoardService::totals(const RequestBoardFilter &filter) const
{
    const FilterSql where = filterSql(m_context.db.dialect(), filter);
    SqlQuery query(m_context.db, QStringLiteral("SELECT r.status, count(*), coalesce(sum(r.deal_size), 0) "
                                                "FROM requests r WHERE 1 = 1") +
                                     where.where + QStringLiteral(" GROUP BY r.status"));
    bindAll(query, where.values);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<BoardColumnTotal> totals(columnCount());
    while (query.next()) {
        BoardColumnTotal &total = totals[columnOf(query.value(0))];
        total.count += query.value(1).toLongLong();
        total.amount += query.value(2).toLongLong();
    }
    return totals;
}

Result<QList<RequestCard>> RequestBoardService::page(const RequestBoardFilter &filter, int column, int offset,
                                                     int limit) const
{
    if (column < 0 || column >= columnCount())
        return QList<RequestCard>();
    const FilterSql where = filterSql(m_context.db.dialect(), filter);
    SqlQuery query(m_context.db, QStringLiteral("SELECT ") + requestColumns() +
                                     QStringLiteral(" FROM requests r WHERE r.status = ?") + where.where +
                                     QStringLiteral(" ORDER BY r.opened_on DESC, r.created_at DESC, r.id"
                                                    " LIMIT ? OFFSET ?"));
    query.bind(statusOf(column));
    bindAll(query, where.values);
    query.bindLimit(limit).bind(qMax(0, offset));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<RequestCard> cards;
    while (query.next())
        cards << RequestCard{requestFrom(query), QString()};
    query.raw().finish();
    if (Status status = fillAskedNames(cards); !status)
        return status.error();
    return cards;
}

Status RequestBoardService::fillAskedNames(QList<RequestCard> &cards) const
{
    if (cards.isEmpty())
        return {};
    // One query for the page, not one per card. The placeholders are ours; the
    // ids go in as bound values.
    QStringList marks;
    for (qsizetype i = 0; i < cards.size(); ++i)
        marks << QStringLiteral("?");
    SqlQuery asked(
        m_context.db,
        QStringLiteral("SELECT k.request_id, a.name FROM asks k JOIN advocates a ON a.id = k.advocate_id"
                       " WHERE k.answer IS DISTINCT FROM 'declined' AND k.request_id IN (%1)"
                       " ORDER BY k.request_id, k.asked_on, k.rowid")
            .arg(marks.join(QStringLiteral(", "))));
    QHash<QString, RequestCard *> byId;
    for (RequestCard &card : cards) {
        asked.bind(card.request.id);
        byId.insert(card.request.id, &card);
    }
    if (Status status = asked.exec(); !status)
        return status;
    QHash<QString, QStringList> names;
    while (asked.next())
        names[asked.value(0).toString()] << asked.value(1).toString();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        byId.value(it.key())->askedNames = it.value().join(QStringLiteral(", "));
    return {};
}

Result<std::optional<BoardCardPosition>> RequestBoardService::position(const RequestBoardFilter &filter,
                                                                       const QString &requestId) const
{
    const FilterSql where = filterSql(m_context.db.dialect(), filter);
    SqlQuery card(m_context.db, QStringLiteral("SELECT r.status, r.opened_on, r.created_at FROM requests r "
                                               "WHERE r.id = ?") +
                                    where.where);
    card.bind(requestId);
    bindAll(card, where.values);
    if (Status status = card.exec(); !status)
        return status.error();
    if (!card.next())
        return std::optional<BoardCardPosition>();
    const QVariant status = card.value(0);
    const QVariant openedOn = card.value(1);
    const QVariant createdAt = card.value(2);
    card.raw().finish();

    // Before it in board order: opened later, then created later, then a smaller id.
    SqlQuery before(m_context.db,
                    QStringLiteral("SELECT count(*) FROM requests r WHERE r.status = ?") + where.where +
                        QStringLiteral(" AND (r.opened_on > ? OR (r.opened_on = ? AND (r.created_at > ?"
                                       " OR (r.created_at = ? AND r.id < ?))))"));
    before.bind(status);
    bindAll(before, where.values);
    before.bind(openedOn).bind(openedOn).bind(createdAt).bind(createdAt).bind(requestId);
    Result<QVariant> row = scalar(before);
    if (!row)
        return row.error();
    return std::optional<BoardCardPosition>(BoardCardPosition{columnOf(status), row->toInt()});
}

Result<QStringList> RequestBoardService::requesters() const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT requester FROM requests WHERE requester <> '' GROUP BY requester "
                                  "ORDER BY ") +
                       m_context.db.dialect().caseFolded(QStringLiteral("requester")));
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace ad
