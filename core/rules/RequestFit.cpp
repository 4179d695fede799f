#include "RequestFit.h"

#include "Readiness.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct RulesText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Rules)
};

bool same(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString segmentLabel(const QString &key)
{
    const std::optional<Segment> segment = parseSegment(key);
    return segment ? displayName(*segment) : key;
}

} // namespace

RequestFit fitOf(const Request &request, const AdvocateFacts &facts, const ProgrammeRules &rules)
{
    RequestFit fit;
    int wanted = 0;
    int got = 0;
    auto criterion = [&](const QString &wantedValue, bool matches, int weight, const QString &label) {
        if (wantedValue.trimmed().isEmpty())
            return;
        wanted += weight;
        if (matches) {
            got += weight;
            fit.matched << label;
        } else {
            fit.loosened << label;
        }
    };
    const bool productMatches =
        std::any_of(facts.products.cbegin(), facts.products.cend(),
                    [&](const QString &product) { return same(product, request.product); });
    criterion(request.industry, same(request.industry, facts.industry), rules.industryWeight,
              RulesText::tr("industry %1").arg(request.industry));
    criterion(request.segment, same(request.segment, facts.segment), rules.segmentWeight,
              RulesText::tr("segment %1").arg(segmentLabel(request.segment)));
    criterion(request.region, same(request.region, facts.region), rules.regionWeight,
              RulesText::tr("region %1").arg(request.region));
    criterion(request.product, productMatches, rules.productWeight, RulesText::tr("product %1").arg(request.product));
    fit.percent = wanted == 0 ? 100 : static_cast<int>(std::lround(100.0 * got / wanted));
    return fit;
}

int matchScore(int fitPercent, int readiness, const ProgrammeRules &rules)
{
    const int share = std::clamp(rules.fitSharePercent, 0, 100);
    return static_cast<int>(std::lround((share * fitPercent + (100 - share) * readiness) / 100.0));
}

MatchCandidate candidateFrom(const Request &request, const AdvocateFacts &facts, const ProgrammeRules &rules)
{
    const RequestFit fit = fitOf(request, facts, rules);
    MatchCandidate candidate;
    candidate.advocateId = facts.advocateId;
    candidate.name = facts.name;
    candidate.email = facts.email;
    candidate.accountName = facts.accountName;
    candidate.ownerName = facts.ownerName;
    candidate.fitPercent = fit.percent;
    candidate.readiness = readinessScore(facts.signalValues);
    candidate.score = matchScore(fit.percent, candidate.readiness, rules);
    candidate.matched = fit.matched;
    candidate.loosened = fit.loosened;
    candidate.asksInFairnessWindow = facts.asksInFairnessWindow;
    candidate.countedAsksInCapWindow = facts.countedAsksInCapWindow;

    QStringList parts;
    if (!fit.matched.isEmpty())
        parts << RulesText::tr("matches %1").arg(fit.matched.join(QStringLiteral(", ")));
    if (!fit.loosened.isEmpty())
        parts << RulesText::tr("loosened %1").arg(fit.loosened.join(QStringLiteral(", ")));
    parts << RulesText::tr("readiness %1").arg(candidate.readiness);
    parts << RulesText::tr("asked %n times in the last %1 days", nullptr, facts.asksInFairnessWindow)
                 .arg(rules.fairnessWindowDays);
    candidate.why = parts.join(QStringLiteral("; "));
    return candidate;
}

void rankCandidates(QList<MatchCandidate> &candidates)
{
    std::sort(candidates.begin(), candidates.end(), [](const MatchCandidate &a, const MatchCandidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.asksInFairnessWindow != b.asksInFairnessWindow)
            return a.asksInFairnessWindow < b.asksInFairnessWindow;
        return a.email.toCaseFolded() < b.email.toCaseFolded();
    });
}

} // namespace ad
