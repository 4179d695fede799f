#pragma once

#include "ServiceContext.h"
#include "domain/Enums.h"
#include "rules/Nps.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QPair>

namespace ad {

// NPS over a window of response dates (both ends included). Each advocate counts
// once, with their latest response in the window, so a person who answers every
// quarter does not weigh four times as much as one who answered once.
class NpsReport
{
public:
    NpsReport(const ServiceContext &context, const ProgrammeRules &rules) : m_context(context), m_rules(rules)
    {
    }

    Result<NpsSummary> programme(const QDate &from, const QDate &to) const;
    Result<NpsSummary> account(const QString &accountId, const QDate &from, const QDate &to) const;
    // Every segment, in the order of allSegmentValues(); a segment without responses has zeros.
    Result<QList<QPair<Segment, NpsSummary>>> bySegment(const QDate &from, const QDate &to) const;

private:
    // Rows of (group key, promoters, passives, detractors), grouped by `groupColumn`.
    Result<QList<QPair<QString, NpsSummary>>> aggregate(const QString &groupColumn, const QString &accountId,
                                                        const QDate &from, const QDate &to) const;
    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
