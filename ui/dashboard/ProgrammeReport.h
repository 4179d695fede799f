#pragma once

#include "DashboardWorker.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace ad {

// The programme report a manager takes to the monthly review: title, range,
// filters, the KPI table with the previous period, then the dashboard's charts.
// The GUI's "Export Report" and the CLI's `report` both write it from a
// DashboardResult, so the two give the same document for the same data.
class ProgrammeReport
{
    Q_DECLARE_TR_FUNCTIONS(ad::ProgrammeReport)

public:
    static QString title();
    static int pageCount();
    static QByteArray render(const DashboardResult &result, const QDate &generatedOn);
    static Status write(const QString &path, const DashboardResult &result, const QDate &generatedOn);
};

} // namespace ad
