#pragma once

#include "ServiceContext.h"
#include "util/Result.h"

#include <QList>

namespace ad {

struct SearchHit
{
    QString advocateId;
    QString name;
    QString email;
    QString title;
    QString accountName;
    double rank = 0; // lower is better (FTS5 bm25; PostgreSQL: -ts_rank)
};

// Full-text search over advocate name, email, title, account, success story and notes.
class SearchService
{
public:
    explicit SearchService(const ServiceContext &context) : m_context(context) {}

    // Every word is a prefix; best matches first (name and email weigh most).
    Result<QList<SearchHit>> search(const QString &text, int limit = 50) const;

private:
    const ServiceContext &m_context;
};

} // namespace ad
