#pragma once

#include "kpi/KpiDrillDown.h"
#include "kpi/KpiQuery.h"
#include "kpi/KpiResults.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ad {

// One headline number with the previous period beside it, as the dashboard's
// tiles and the programme report's KPI table show it.
struct KpiLine
{
    QString name;
    QString current;     // as a tile shows it ("$3.3M"), "–" when there is no data
    QString previous;    // the same, for the same-length period before
    QString currentFull; // every digit ("$3,318,000"): tooltips and the report's table
    QString previousFull;
    std::optional<double> currentValue;
    std::optional<double> previousValue;
    bool higherIsBetter = true;
    bool tile = false;           // one of the dashboard's headline tiles
    std::optional<KpiCell> cell; // what a click lists, when it lists anything
};

class KpiSummary
{
    Q_DECLARE_TR_FUNCTIONS(ad::KpiSummary)

public:
    // Amounts are in `currency` (ISO 4217, the programme's).
    static QList<KpiLine> lines(const KpiReport &current, const KpiReport &previous, const QString &currency);
    // "Owner: alice · Segment: SMB", or "All advocates" without filters.
    static QString filters(const KpiQuery &query);
    static QString range(const KpiQuery &query);
    // The dashboard's numbers in the locale's way (core/util/Formats), "–" for none.
    static QString percent(const std::optional<double> &ratio);
    static QString number(const std::optional<double> &value, int decimals = 1);
    static QString followUpName(const QString &kindKey);
    static QString npsCategoryName(const QString &category);
};

} // namespace ad
