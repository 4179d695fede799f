#pragma once

#include "ServiceContext.h"
#include "util/Result.h"

#include <QList>
#include <QPair>

namespace ad {

// Row counts per entity, keyed by the names `stats --json` prints.
class StatsService
{
public:
    explicit StatsService(const ServiceContext &context) : m_context(context) {}

    Result<QList<QPair<QString, qint64>>> counts() const;
    static QString displayName(const QString &key);

private:
    const ServiceContext &m_context;
};

} // namespace ad
