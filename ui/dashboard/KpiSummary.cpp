#include "KpiSummary.h"

#include "domain/Enums.h"
#include "util/Formats.h"

namespace ad {

namespace {

std::optional<double> scoreOf(const NpsSummary &summary)
{
    return summary.total() > 0 ? std::optional<double>(summary.score()) : std::nullopt;
}

int total(const QMap<QString, int> &counts)
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

int contributions(const KpiReport &report)
{
    int sum = 0;
    for (const MonthlyCount &row : report.contributions)
        sum += row.count;
    return sum;
}

} // namespace

QString KpiSummary::percent(const std::optional<double> &ratio)
{
    return ratio ? Formats::percent(*ratio) : QStringLiteral("–");
}

QString KpiSummary::number(const std::optional<double> &value, int decimals)
{
    return value ? Formats::decimal(*value, decimals) : QStringLiteral("–");
}

QString KpiSummary::followUpName(const QString &kindKey)
{
    if (kindKey == QLatin1String("thank_you"))
        return tr("Thank-you owed");
    if (kindKey == QLatin1String("final_version"))
        return tr("Final version not shared");
    if (kindKey == QLatin1String("unused_contribution"))
        return tr("Unused contribution");
    if (kindKey == QLatin1String("one_way"))
        return tr("One-way relationship");
    if (kindKey == QLatin1String("stale_profile"))
        return tr("Stale profile");
    if (kindKey == QLatin1String("stale_consent"))
        return tr("Stale consent");
    if (kindKey == QLatin1String("csm_capacity"))
        return tr("CSM over capacity");
    return kindKey;
}

QString KpiSummary::npsCategoryName(const QString &category)
{
    if (category == QLatin1String("promoter"))
        return tr("Promoters");
    if (category == QLatin1String("passive"))
        return tr("Passives");
    return tr("Detractors");
}

QString KpiSummary::range(const KpiQuery &query)
{
    return tr("%1 to %2").arg(Formats::date(query.from), Formats::date(query.to));
}

QString KpiSummary::filters(const KpiQuery &query)
{
    QStringList parts;
    if (!query.csm.isEmpty())
        parts << tr("CSM: %1").arg(query.csm);
    if (auto segment = parseSegment(query.segment))
        parts << tr("Segment: %1").arg(displayName(*segment));
    if (!query.region.isEmpty())
        parts << tr("Region: %1").arg(query.region);
    if (auto tier = parseTier(query.tier))
        parts << tr("Tier: %1").arg(displayName(*tier));
    return parts.isEmpty() ? tr("All advocates") : parts.join(QStringLiteral(" · "));
}

QList<KpiLine> KpiSummary::lines(const KpiReport &now, const KpiReport &before, const QString &currency)
{
    QList<KpiLine> lines;
    auto ratioLine = [&](const QString &name, const std::optional<double> &a, const std::optional<double> &b,
                         bool tile, std::optional<KpiCell> cell = std::nullopt) {
        lines << KpiLine{name, percent(a), percent(b), percent(a), percent(b), a, b, true, tile, cell};
    };
    auto countLine = [&](const QString &name, qint64 a, qint64 b, bool higherIsBetter, bool tile,
                         std::optional<KpiCell> cell = std::nullopt) {
        lines << KpiLine{name,
                         Formats::number(a),
                         Formats::number(b),
                         Formats::number(a),
                         Formats::number(b),
                         double(a),
                         double(b),
                         higherIsBetter,
                         tile,
                         cell};
    };
    // A tile has room for "$3.3M"; its tooltip and the report's table give every digit.
    auto moneyLine = [&](const QString &name, qint64 a, qint64 b, bool tile, std::optional<KpiCell> cell) {
        lines << KpiLine{name,
                         Formats::compactMoney(a, currency),
                         Formats::compactMoney(b, currency),
                         Formats::money(a, currency),
                         Formats::money(b, currency),
                         double(a),
                         double(b),
                         true,
                         tile,
                         cell};
    };
    const auto npsNow = scoreOf(now.nps.range), npsBefore = scoreOf(before.nps.range);
    lines << KpiLine{tr("NPS"),
                     number(npsNow),
                     number(npsBefore),
                     number(npsNow),
                     number(npsBefore),
                     npsNow,
                     npsBefore,
                     true,
                     true,
                     KpiCell{KpiCell::Kind::NpsCategory, QStringLiteral("detractor")}};
    countLine(tr("NPS responses"), now.nps.range.total(), before.nps.range.total(), true, false);
    ratioLine(tr("Participation rate"), now.participation.rate, before.participation.rate, true,
              KpiCell{KpiCell::Kind::Participants});
    countLine(tr("Contributions"), contributions(now), contributions(before), true, false,
              KpiCell{KpiCell::Kind::Contributions});
    countLine(tr("Fatigued advocates"), now.askLoad.fatigued, before.askLoad.fatigued, false, true,
              KpiCell{KpiCell::Kind::Fatigued});
    countLine(tr("Referrals"), now.referrals.count, before.referrals.count, true, false,
              KpiCell{KpiCell::Kind::Referrals});
    ratioLine(tr("Referral conversion"), now.referrals.conversion, before.referrals.conversion, false);
    moneyLine(tr("Referral value won"), now.referrals.wonValue, before.referrals.wonValue, true,
              KpiCell{KpiCell::Kind::Referrals});
    moneyLine(tr("Reference-influenced revenue"), now.revenue.influencedRevenue,
              before.revenue.influencedRevenue, true, KpiCell{KpiCell::Kind::WithReference});
    ratioLine(tr("Win rate with a reference"), now.revenue.withReference.rate,
              before.revenue.withReference.rate, false, KpiCell{KpiCell::Kind::WithReference});
    ratioLine(tr("Win rate without a reference"), now.revenue.withoutReference.rate,
              before.revenue.withoutReference.rate, false, KpiCell{KpiCell::Kind::WithoutReference});
    ratioLine(tr("Reference coverage"), now.coverage.coverage, before.coverage.coverage, true,
              KpiCell{KpiCell::Kind::UncoveredRequests});
    lines << KpiLine{tr("Median days to fulfil"),
                     number(now.coverage.medianDaysToFulfil),
                     number(before.coverage.medianDaysToFulfil),
                     number(now.coverage.medianDaysToFulfil),
                     number(before.coverage.medianDaysToFulfil),
                     now.coverage.medianDaysToFulfil,
                     before.coverage.medianDaysToFulfil,
                     false,
                     true,
                     std::nullopt};
    ratioLine(tr("Retention, advocate accounts"), now.retention.advocates.rate,
              before.retention.advocates.rate, false);
    ratioLine(tr("Retention, other accounts"), now.retention.nonAdvocates.rate,
              before.retention.nonAdvocates.rate, false);
    countLine(tr("Follow-up debt"), total(now.followUpDebt), total(before.followUpDebt), false, true);
    return lines;
}

} // namespace ad
