#pragma once

#include "SearchIndex.h"

namespace ad {

// advocate_search(seq, document tsvector, text_folded text) with GIN indexes on
// both, kept by triggers and the stale-notes flush (PostgresSearchSchema.cpp).
// Matching is done by advocate_search_find(), a function of the schema.
class PostgresSearchIndex final : public SearchIndex
{
public:
    Backend backend() const override { return Backend::Postgres; }
    SearchQuery query(const QString &userText) const override;
    Status beforeCommit(Database &db) const override;
    Status prepareErase(Database &db) const override;
    Status erase(Database &db, qint64 advocateSeq) const override;
    void afterErase(Database &db) const override;
    Status rebuild(Database &db) const override;
};

} // namespace ad
