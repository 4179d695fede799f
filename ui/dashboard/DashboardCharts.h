#pragma once

#include "kpi/KpiDrillDown.h"
#include "kpi/KpiResults.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

#include <functional>

class QChart;

namespace ad {

// A click on a bar or slice: the cell it stands for and a title for the list.
using DrillHandler = std::function<void(const KpiCell &cell, const QString &title)>;

struct ChartSpec
{
    QString key; // stable name, also the export file's suggested name
    QString title;
    QChart *chart = nullptr; // owned by whoever shows or renders it
    // Said instead of the chart when it has nothing to show ("No referrals in
    // this period yet"): axes over nothing read as 0 0 0 1. Empty: a chart.
    QString emptyText;
};

// The dashboard's charts, built from one KpiReport. The page shows them; the
// programme report renders the same charts into its PDF.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(ad::DashboardCharts)

public:
    // Amounts are in `currency` (ISO 4217); `palette` colours text and
    // background (light or dark); `onDrill` empty: nothing to click (the PDF).
    static QList<ChartSpec> build(const KpiReport &report, const QString &currency, const QPalette &palette,
                                  const DrillHandler &onDrill);
    static QStringList keys();
};

} // namespace ad
