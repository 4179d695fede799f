#include "RuleFields.h"

namespace ad {

namespace {

template <int ProgrammeRules::*Member> RuleField field(const QString &key, int minimum, int maximum)
{
    return {key, [](const ProgrammeRules &rules) { return rules.*Member; },
            [](ProgrammeRules &rules, int value) { rules.*Member = value; }, minimum, maximum};
}

template <int Tier> RuleField tierField()
{
    return {QStringLiteral("tierThreshold%1").arg(Tier),
            [](const ProgrammeRules &rules) { return rules.tierThresholds[Tier]; },
            [](ProgrammeRules &rules, int value) { rules.tierThresholds[Tier] = value; }, 0, 100000};
}

} // namespace

const QList<RuleField> &ruleFields()
{
    static const QList<RuleField> fields = {
        field<&ProgrammeRules::npsDetractorMax>(QStringLiteral("npsDetractorMax"), 0, 9),
        field<&ProgrammeRules::npsPassiveMax>(QStringLiteral("npsPassiveMax"), 1, 9),
        field<&ProgrammeRules::askCap>(QStringLiteral("askCap"), 1, 20),
        field<&ProgrammeRules::askCapWindowDays>(QStringLiteral("askCapWindowDays"), 0, 100000),
        field<&ProgrammeRules::restAfterHighBarrierDays>(QStringLiteral("restAfterHighBarrierDays"), 0,
                                                         100000),
        field<&ProgrammeRules::declineBlockDays>(QStringLiteral("declineBlockDays"), 0, 100000),
        field<&ProgrammeRules::fairnessWindowDays>(QStringLiteral("fairnessWindowDays"), 0, 100000),
        field<&ProgrammeRules::renewalGateDays>(QStringLiteral("renewalGateDays"), 0, 100000),
        field<&ProgrammeRules::fitSharePercent>(QStringLiteral("fitSharePercent"), 0, 100),
        field<&ProgrammeRules::industryWeight>(QStringLiteral("industryWeight"), 0, 100000),
        field<&ProgrammeRules::segmentWeight>(QStringLiteral("segmentWeight"), 0, 100000),
        field<&ProgrammeRules::regionWeight>(QStringLiteral("regionWeight"), 0, 100000),
        field<&ProgrammeRules::productWeight>(QStringLiteral("productWeight"), 0, 100000),
        field<&ProgrammeRules::thankYouDueDays>(QStringLiteral("thankYouDueDays"), 0, 100000),
        field<&ProgrammeRules::finalVersionDueDays>(QStringLiteral("finalVersionDueDays"), 0, 100000),
        field<&ProgrammeRules::unusedContributionDays>(QStringLiteral("unusedContributionDays"), 0, 100000),
        field<&ProgrammeRules::oneWayWindowDays>(QStringLiteral("oneWayWindowDays"), 0, 100000),
        field<&ProgrammeRules::staleAfterMonths>(QStringLiteral("staleAfterMonths"), 0, 100000),
        field<&ProgrammeRules::csmCapacity>(QStringLiteral("csmCapacity"), 0, 100000),
        field<&ProgrammeRules::thankYouLookbackDays>(QStringLiteral("thankYouLookbackDays"), 0, 100000),
        field<&ProgrammeRules::stuckNominationDays>(QStringLiteral("stuckNominationDays"), 0, 100000),
        field<&ProgrammeRules::untouchedDays>(QStringLiteral("untouchedDays"), 0, 100000),
        field<&ProgrammeRules::tierWindowMonths>(QStringLiteral("tierWindowMonths"), 0, 100000),
        field<&ProgrammeRules::contactPointsExpiryDays>(QStringLiteral("contactPointsExpiryDays"), 0, 100000),
        field<&ProgrammeRules::touchPoints>(QStringLiteral("touchPoints"), 0, 100000),
        field<&ProgrammeRules::npsResponsePoints>(QStringLiteral("npsResponsePoints"), 0, 100000),
        field<&ProgrammeRules::bestCustomerQuintile>(QStringLiteral("bestCustomerQuintile"), 1, 5),
        field<&ProgrammeRules::kpiDefaultRangeDays>(QStringLiteral("kpiDefaultRangeDays"), 0, 100000),
        field<&ProgrammeRules::retentionPurchaseWindowDays>(QStringLiteral("retentionPurchaseWindowDays"), 0,
                                                            100000),
        tierField<0>(),
        tierField<1>(),
        tierField<2>(),
        tierField<3>(),
    };
    return fields;
}

const RuleField *ruleField(const QString &key)
{
    for (const RuleField &field : ruleFields())
        if (field.key == key)
            return &field;
    return nullptr;
}

} // namespace ad
