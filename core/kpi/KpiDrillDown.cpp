// KpiEngine::drillDown: the rows behind one dashboard number. Each cell repeats
// its KPI's own condition (range, filters, rules) as a WHERE clause, so the
// list holds exactly what the aggregate counted.
#include "KpiEngine.h"

#include "KpiScope.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

#include <functional>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct KpiText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Kpi)
};

// A condition over advocates `a` / accounts `c` or requests `r`, with its binds.
struct Condition
{
    QString sql;
    std::function<void(SqlQuery &)> bind;
};

// The days of `month` ("2026-05") inside the query's range; the whole range when empty.
std::pair<QDate, QDate> daysOf(const KpiQuery &query, const QString &month)
{
    if (month.isEmpty())
        return {query.from, query.to};
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return {};
    return {std::max(first, query.from), std::min(first.addMonths(1).addDays(-1), query.to)};
}

Result<Condition> advocateCondition(const KpiScope &scope, const KpiCell &cell)
{
    const QVariant from = time::toStorage(scope.query.from);
    const QVariant to = time::toStorage(scope.query.to);
    switch (cell.kind) {
    case KpiCell::Kind::FunnelStage:
        return Condition{QStringLiteral("a.journey_stage = ?"),
                         [=](SqlQuery &sql) { sql.bind(cell.key.toInt()); }};
    case KpiCell::Kind::Tier:
        return Condition{QStringLiteral("a.tier = ?"), [=](SqlQuery &sql) { sql.bind(cell.key); }};
    case KpiCell::Kind::PipelineStatus:
        return Condition{QStringLiteral("EXISTS (SELECT 1 FROM nominations n WHERE n.advocate_id = a.id"
                                        " AND n.status = ?)"),
                         [=](SqlQuery &sql) { sql.bind(cell.key); }};
    case KpiCell::Kind::Participants:
        return Condition{QStringLiteral("EXISTS (SELECT 1 FROM participations p WHERE p.advocate_id = a.id"
                                        " AND p.occurred_on BETWEEN ? AND ?)"),
                         [=](SqlQuery &sql) { sql.bind(from).bind(to); }};
    case KpiCell::Kind::AskLoad: {
        bool ok = false;
        const int bucket = cell.key.toInt(&ok);
        if (!ok || bucket < 0 || bucket > 3)
            break;
        return Condition{QStringLiteral("(SELECT count(*) FROM asks s WHERE s.advocate_id = a.id"
                                        " AND s.asked_on BETWEEN ? AND ?) ") +
                             (bucket == 3 ? QStringLiteral(">= 3") : QStringLiteral("= ?")),
                         [=](SqlQuery &sql) {
                             sql.bind(from).bind(to);
                             if (bucket < 3)
                                 sql.bind(bucket);
                         }};
    }
    case KpiCell::Kind::Fatigued: {
        const QVariant windowStart = time::toStorage(scope.query.to.addDays(-scope.rules.askCapWindowDays));
        const int cap = scope.rules.askCap;
        return Condition{
            QStringLiteral("(SELECT count(*) FROM asks s JOIN activity_types t"
                           " ON t.id = s.activity_type_id WHERE s.advocate_id = a.id"
                           " AND t.counts_toward_cap = 1 AND s.asked_on > ? AND s.asked_on <= ?) >= ?"),
            [=](SqlQuery &sql) { sql.bind(windowStart).bind(to).bind(cap); }};
    }
    case KpiCell::Kind::NpsCategory: {
        if (!QStringList{QStringLiteral("promoter"), QStringLiteral("passive"), QStringLiteral("detractor")}
                 .contains(cell.key))
            break;
        // Named copies, not a structured binding: clang 14 (Debian 12's, used for the
        // sanitizer build) cannot capture bindings in the lambda below.
        const std::pair<QDate, QDate> days = daysOf(scope.query, cell.month);
        const QDate first = days.first;
        const QDate last = days.second;
        if (!first.isValid())
            break;
        const int passiveMax = scope.rules.npsPassiveMax;
        const int detractorMax = scope.rules.npsDetractorMax;
        // The advocate's latest response in the days, as NpsKpis counts it.
        return Condition{QStringLiteral("(SELECT CASE WHEN n.score > ? THEN 'promoter' WHEN n.score > ?"
                                        " THEN 'passive' ELSE 'detractor' END FROM nps_responses n"
                                        " WHERE n.advocate_id = a.id AND n.responded_on BETWEEN ? AND ?"
                                        " ORDER BY n.responded_on DESC, n.rowid DESC LIMIT 1) = ?"),
                         [=](SqlQuery &sql) {
                             sql.bind(passiveMax).bind(detractorMax);
                             sql.bind(time::toStorage(first)).bind(time::toStorage(last)).bind(cell.key);
                         }};
    }
    case KpiCell::Kind::Contributions: {
        const std::pair<QDate, QDate> days = daysOf(scope.query, cell.month);
        const QDate first = days.first;
        const QDate last = days.second;
        if (!first.isValid())
            break;
        return Condition{QStringLiteral("EXISTS (SELECT 1 FROM participations p JOIN activity_types t"
                                        " ON t.id = p.activity_type_id WHERE p.advocate_id = a.id"
                                        " AND p.occurred_on BETWEEN ? AND ? AND (? = '' OR t.name = ?))"),
                         [=](SqlQuery &sql) {
                             sql.bind(time::toStorage(first)).bind(time::toStorage(last));
                             sql.bind(cell.key).bind(cell.key);
                         }};
    }
    case KpiCell::Kind::Referrals:
        return Condition{QStringLiteral("EXISTS (SELECT 1 FROM referrals rf WHERE rf.advocate_id = a.id"
                                        " AND rf.referred_on BETWEEN ? AND ?)"),
                         [=](SqlQuery &sql) { sql.bind(from).bind(to); }};
    case KpiCell::Kind::WithReference:
    case KpiCell::Kind::WithoutReference:
    case KpiCell::Kind::UncoveredRequests:
        break;
    }
    return makeError(ErrorKind::Invalid, KpiText::tr("“%1” is not a part of this KPI.").arg(cell.key),
                     QStringLiteral("cell"));
}

Condition requestCondition(const KpiScope &scope, const KpiCell &cell)
{
    const QVariant from = time::toStorage(scope.query.from);
    const QVariant to = time::toStorage(scope.query.to);
    if (cell.kind == KpiCell::Kind::UncoveredRequests)
        return Condition{kpi::openRequestSql() +
                             QStringLiteral(" AND r.opened_on <= ? AND NOT EXISTS (SELECT 1 FROM asks s"
                                            " WHERE s.request_id = r.id AND s.answer = 'accepted')"),
                         [=](SqlQuery &sql) { sql.bind(scope.query.to.toString(Qt::ISODate)); }};
    const QString negate = cell.kind == KpiCell::Kind::WithReference ? QString() : QStringLiteral("NOT ");
    return Condition{QStringLiteral("r.outcome IN ('won', 'lost') AND r.opened_on BETWEEN ? AND ? AND ") +
                         negate + kpi::hasReferenceSql(),
                     [=](SqlQuery &sql) { sql.bind(from).bind(to); }};
}

} // namespace

Result<QList<KpiDrillRow>> KpiEngine::drillDown(const KpiQuery &query, const KpiCell &cell) const
{
    Result<QString> owner = validatedOwner(query);
    if (!owner)
        return owner.error();
    const KpiScope scope{m_context, m_rules, query, *owner};

    QString text;
    Condition condition;
    if (cell.listsRequests()) {
        condition = requestCondition(scope, cell);
        text = QStringLiteral("SELECT r.id, r.prospect_company, r.opportunity FROM requests r WHERE") +
               KpiScope::requestFilter() + QStringLiteral("AND ") + condition.sql +
               QStringLiteral(" ORDER BY r.opened_on, r.id");
    } else {
        Result<Condition> found = advocateCondition(scope, cell);
        if (!found)
            return found.error();
        condition = *found;
        text = QStringLiteral(
                   "SELECT a.id, a.name, c.name FROM advocates a JOIN accounts c ON c.id = a.account_id"
                   " WHERE 1 = 1") +
               scope.advocateConditions() + QStringLiteral("AND ") + condition.sql +
               QStringLiteral(" ORDER BY ") + scope.context.db.dialect().caseFolded(QStringLiteral("a.name")) +
               QStringLiteral(", a.id");
    }
    SqlQuery sql(m_context.db, text);
    if (cell.listsRequests())
        scope.bindRequestFilter(sql);
    else
        scope.bindAdvocateFilter(sql);
    condition.bind(sql);
    if (Status status = sql.exec(); !status)
        return status.error();
    QList<KpiDrillRow> rows;
    while (sql.next())
        rows << KpiDrillRow{sql.value(0).toString(), sql.value(1).toString(), sql.value(2).toString()};
    return rows;
}

} // namespace ad
