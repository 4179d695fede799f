#pragma once

#include "ServiceContext.h"
#include "util/Result.h"

#include <QHash>
#include <optional>

namespace ad {

// Which activities an advocate is open to. No preference recorded means "not
// asked yet", which matching treats as open; only an explicit "no" excludes.
class ActivityPreferenceService
{
public:
    explicit ActivityPreferenceService(const ServiceContext &context) : m_context(context) {}

    // Records or replaces the preference for one activity type.
    Status set(const QString &advocateId, const QString &activityTypeId, bool openTo);
    // Back to "not asked yet" for that activity type.
    Status clear(const QString &advocateId, const QString &activityTypeId);
    // Sets (true / false) or clears (nullopt) in one call; what undo needs.
    Status apply(const QString &advocateId, const QString &activityTypeId, std::optional<bool> openTo);
    // activity type id → open to it.
    Result<QHash<QString, bool>> forAdvocate(const QString &advocateId) const;

private:
    const ServiceContext &m_context;
};

} // namespace ad
