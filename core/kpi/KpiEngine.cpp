#include "KpiEngine.h"

#include "KpiGroups.h"
#include "domain/Enums.h"
#include "services/UserService.h"
#include "util/Formats.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct KpiText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Kpi)
};

} // namespace

KpiQuery KpiEngine::defaultQuery() const
{
    KpiQuery query;
    query.to = m_context.clock.today();
    query.from = query.to.addDays(-(m_rules.kpiDefaultRangeDays - 1));
    return query;
}

Result<std::optional<QString>> KpiEngine::resolveOwner(const QString &csm) const
{
    if (csm.trimmed().isEmpty())
        return std::optional<QString>();
    Result<std::optional<User>> user = UserService(m_context).findByName(csm.trimmed());
    if (!user)
        return user.error();
    if (!user->has_value())
        return makeError(ErrorKind::NotFound, KpiText::tr("There is no user named “%1”.").arg(csm.trimmed()),
                         QStringLiteral("csm"));
    return std::optional<QString>((*user)->id);
}

Result<QString> KpiEngine::validatedOwner(const KpiQuery &query) const
{
    if (!query.from.isValid() || !query.to.isValid())
        return makeError(ErrorKind::Invalid, KpiText::tr("A KPI range needs a start and an end date."),
                         QStringLiteral("from"));
    if (query.from > query.to)
        return makeError(ErrorKind::Invalid,
                         KpiText::tr("The range starts (%1) after it ends (%2).")
                             .arg(Formats::date(query.from), Formats::date(query.to)),
                         QStringLiteral("from"));
    if (!query.segment.isEmpty() && !parseSegment(query.segment))
        return makeError(ErrorKind::Invalid, KpiText::tr("“%1” is not a segment.").arg(query.segment),
                         QStringLiteral("segment"));
    if (!query.tier.isEmpty() && !parseTier(query.tier))
        return makeError(ErrorKind::Invalid, KpiText::tr("“%1” is not a tier.").arg(query.tier),
                         QStringLiteral("tier"));
    Result<std::optional<QString>> owner = resolveOwner(query.csm);
    if (!owner)
        return owner.error();
    return owner->value_or(QString());
}

Result<KpiReport> KpiEngine::compute(const KpiQuery &query) const
{
    Result<QString> owner = validatedOwner(query);
    if (!owner)
        return owner.error();
    const KpiScope scope{m_context, m_rules, query, *owner};
    KpiReport report;
    for (auto group : {&kpi::computeNps, &kpi::computeFunnel, &kpi::computeTiers, &kpi::computePipeline,
                       &kpi::computeParticipation, &kpi::computeContributions, &kpi::computeAskLoad,
                       &kpi::computeReferrals, &kpi::computeRevenue, &kpi::computeCoverage,
                       &kpi::computeRetention, &kpi::computeFollowUpDebt}) {
        if (Status status = group(scope, report); !status)
            return status.error();
    }
    return report;
}

} // namespace ad
