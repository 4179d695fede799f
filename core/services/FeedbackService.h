#pragma once

#include "domain/Voice.h"
#include "util/Result.h"

namespace ad {

struct ServiceContext;

struct FeedbackFilter
{
    QString source;
    std::optional<Sentiment> sentiment;
    QString text; // words anywhere in the body, tags or source
    QString accountId;
    QString advocateId;
};

// One feedback item as the Feedback page lists it.
struct FeedbackRow
{
    FeedbackItem item;
    QString accountName;
    QString advocateName;
};

// The voice-of-the-customer catalogue.
class FeedbackService
{
public:
    explicit FeedbackService(const ServiceContext &context) : m_context(context) {}

    Result<FeedbackItem> record(const FeedbackItem &input);
    Result<QList<FeedbackRow>> list(const FeedbackFilter &filter, int limit = 5000) const;
    Result<QStringList> sources() const;

private:
    const ServiceContext &m_context;
};

} // namespace ad
