#pragma once

#include "ServiceContext.h"
#include "domain/Engagement.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace ad {

class NpsService
{
public:
    explicit NpsService(const ServiceContext &context) : m_context(context) {}

    // Records a response (score 0–10; a null date means today).
    Result<NpsResponse> record(const NpsResponse &input);
    // Oldest first.
    Result<QList<NpsResponse>> history(const QString &advocateId) const;
    Result<std::optional<NpsResponse>> latest(const QString &advocateId) const;

private:
    const ServiceContext &m_context;
};

} // namespace ad
