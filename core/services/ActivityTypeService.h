#pragma once

#include "ServiceContext.h"
#include "domain/Engagement.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace ad {

// The catalogue of things an advocate can do, with barrier, points and effort.
class ActivityTypeService
{
public:
    explicit ActivityTypeService(const ServiceContext &context) : m_context(context) {}

    Result<QList<ActivityType>> list() const;
    Result<ActivityType> get(const QString &id) const;
    // Case-insensitive; also accepts the id.
    Result<std::optional<ActivityType>> find(const QString &nameOrId) const;
    Result<ActivityType> create(const ActivityType &input);
    Status update(const ActivityType &type);

private:
    Status validateInput(const ActivityType &type) const;
    const ServiceContext &m_context;
};

} // namespace ad
