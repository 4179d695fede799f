#include "AdvocateDirectory.h"

#include "storage/Database.h"
#include "storage/ReadinessSql.h"
#include "storage/SqlQuery.h"

namespace ad {

namespace {

QString orderBy(const SqlDialect &dialect, DirectoryQuery::SortKey key)
{
    switch (key) {
    case DirectoryQuery::SortKey::Name:
        return dialect.caseFolded(QStringLiteral("a.name"));
    case DirectoryQuery::SortKey::Account:
        return dialect.caseFolded(QStringLiteral("acc.name"));
    case DirectoryQuery::SortKey::Tier:
        return QStringLiteral(
            "CASE a.tier WHEN 'community' THEN 0 WHEN 'silver' THEN 1 WHEN 'gold' THEN 2 ELSE 3 END");
    case DirectoryQuery::SortKey::JourneyStage:
        return QStringLiteral("a.journey_stage");
    case DirectoryQuery::SortKey::LatestNps:
        // An output name alone (PostgreSQL sorts by no expression over one); no
        // answer sorts below every score, as SQLite places NULL (see nullsLowest).
        return QStringLiteral("latest_nps");
    case DirectoryQuery::SortKey::Readiness:
        return QStringLiteral("readiness");
    }
    return QStringLiteral("a.name");
}

// NULL as the lowest value in either direction, as SQLite has it; PostgreSQL
// would put NULL above every value.
QString nullsLowest(bool descending)
{
    return descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
}

// The filter clause; it needs the search's values bound when there is one.
QString whereClause(const SearchQuery &match)
{
    return match.isEmpty() ? QString() : QStringLiteral(" WHERE a.seq IN (%1)").arg(match.matchingSeqs);
}

} // namespace

Result<int> AdvocateDirectory::count(const DirectoryQuery &request) const
{
    const SearchIndex &index = m_context.db.searchIndex();
    const SearchQuery match = index.query(request.text);
    if (!request.text.trimmed().isEmpty() && match.isEmpty())
        return 0;
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT count(*) FROM advocates a") + whereClause(match));
    for (const QVariant &value : match.values)
        query.bind(value);
    Result<QVariant> value = scalar(query);
    if (!value)
        return value.error();
    return value->toInt();
}

Result<QList<AdvocateRow>> AdvocateDirectory::page(const DirectoryQuery &request, int offset, int limit) const
{
    const SearchIndex &index = m_context.db.searchIndex();
    const SearchQuery match = index.query(request.text);
    if (!request.text.trimmed().isEmpty() && match.isEmpty())
        return QList<AdvocateRow>();
    const QString direction = request.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT a.id, a.name, a.email, a.title, acc.name, a.tier, a.journey_stage, "
                                  " (SELECT n.score FROM nps_responses n WHERE n.advocate_id = a.id "
                                  "   ORDER BY n.responded_on DESC, n.rowid DESC LIMIT 1) AS latest_nps, "
                                  " ") +
                       readinessSql() +
                       QStringLiteral(" AS readiness, a.account_id "
                                      "FROM advocates a JOIN accounts acc ON acc.id = a.account_id") +
                       whereClause(match) + QStringLiteral(" ORDER BY ") + orderBy(m_context.db.dialect(), request.sortKey) +
                       direction +
                       (request.sortKey == DirectoryQuery::SortKey::LatestNps ? nullsLowest(request.descending)
                                                                               : QString()) +
                       QStringLiteral(", a.seq") + direction +
                       QStringLiteral(" LIMIT ? OFFSET ?"));
    bindReadinessWeights(query, request.weights);
    for (const QVariant &value : match.values)
        query.bind(value);
    query.bindLimit(limit).bind(offset);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<AdvocateRow> rows;
    while (query.next()) {
        AdvocateRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.email = query.value(2).toString();
        row.title = query.value(3).toString();
        row.accountName = query.value(4).toString();
        row.tier = parseTier(query.value(5).toString()).value_or(Tier::Community);
        row.journeyStage = query.value(6).toInt();
        if (!query.value(7).isNull())
            row.latestNps = query.value(7).toInt();
        row.readiness = query.value(8).toInt();
        row.accountId = query.value(9).toString();
        rows << row;
    }
    return rows;
}

} // namespace ad
