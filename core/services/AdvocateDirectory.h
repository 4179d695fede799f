#pragma once

#include "ServiceContext.h"
#include "domain/Enums.h"
#include "rules/Readiness.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace ad {

// One line of the advocates table.
struct AdvocateRow
{
    QString id;
    QString name;
    QString email;
    QString title;
    QString accountName;
    QString accountId;
    Tier tier = Tier::Community;
    int journeyStage = kFirstJourneyStage;
    std::optional<int> latestNps;
    int readiness = 0;
};

struct DirectoryQuery
{
    enum class SortKey { Name, Account, Tier, JourneyStage, LatestNps, Readiness };
    QString text; // full-text prefix search; empty: everyone
    SortKey sortKey = SortKey::Name;
    bool descending = false;
    ReadinessWeights weights;
};

// The advocates list, read a page at a time so a table over 100,000 advocates
// only ever loads what is on screen.
class AdvocateDirectory
{
public:
    explicit AdvocateDirectory(const ServiceContext &context) : m_context(context) {}

    Result<int> count(const DirectoryQuery &query) const;
    Result<QList<AdvocateRow>> page(const DirectoryQuery &query, int offset, int limit) const;

private:
    const ServiceContext &m_context;
};

} // namespace ad
