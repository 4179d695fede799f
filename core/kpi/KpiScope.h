#pragma once

#include "KpiQuery.h"
#include "rules/ProgrammeRules.h"
#include "services/ServiceContext.h"

#include <QStringList>

namespace ad {

class SqlQuery;

// A KpiQuery checked and resolved (the CSM's name to a user id), with the SQL
// fragments every KPI query shares. Fragments are our own literals; every value
// goes through a bind, in the order the fragment names them.
struct KpiScope
{
    const ServiceContext &context;
    const ProgrammeRules &rules;
    KpiQuery query;
    QString ownerId; // resolved from query.csm; empty: any owner

    // Advocate filters name only the filters that are set, so that an unfiltered
    // query (the dashboard's default) joins nothing it does not need.
    bool filtersAdvocates() const;
    // " JOIN accounts c ON c.id = a.account_id" when a segment or region filter needs it.
    QString accountJoin() const;
    // " AND ..." over advocates `a` (and `c` from accountJoin()): owner, segment, region, tier.
    QString advocateConditions() const;
    // " FROM advocates a ... WHERE 1 AND ... ": the advocates the filters keep.
    QString advocatesInScope() const;
    // " AND <idColumn> IN (the advocates in the filters)", or nothing without a filter:
    // rows of other tables keep to the filtered advocates without a join per row.
    QString advocateIn(const QString &idColumn) const;
    // The values advocateConditions() and advocateIn() name, in their order.
    void bindAdvocateFilter(SqlQuery &sql) const;
    // " (...) " over requests `r`: segment and region.
    static QString requestFilter();
    void bindRequestFilter(SqlQuery &sql) const;
    // " (...) " over accounts `c`: owner, segment and region.
    static QString accountFilter();
    void bindAccountFilter(SqlQuery &sql) const;

    void bindRange(SqlQuery &sql) const;
};

namespace kpi {

// SQL aggregates hand ids back joined by commas (UUIDs never hold one).
QStringList splitIds(const QVariant &joined);
// part / whole, or nullopt when whole is 0: "no data" is not "0 %".
std::optional<double> ratio(qint64 part, qint64 whole);
// "SELECT <groupColumn>, median FROM <source> GROUP BY <groupColumn>" for a
// source yielding (grp, days): SQLite has no MEDIAN, so rank within each group
// and average the one or two middle rows.
QString medianSql(const QString &source);
// Over requests `r`: it "has a reference" when an advocate accepted it or a
// contribution is linked to it.
QString hasReferenceSql();
// Over requests `r`: still in play, not ended in the pipeline and no outcome yet.
QString openRequestSql();

} // namespace kpi

} // namespace ad
