#pragma once

#include "SearchIndex.h"

namespace ad {

// FTS5's advocate_search (Schema.cpp, schema 1; its notes are flushed from
// advocate_search_stale_notes at commit since schema 8).
class SqliteSearchIndex final : public SearchIndex
{
public:
    Backend backend() const override { return Backend::Sqlite; }
    SearchQuery query(const QString &userText) const override;
    Status beforeCommit(Database &db) const override;
    Status prepareErase(Database &db) const override;
    Status erase(Database &db, qint64 advocateSeq) const override;
    void afterErase(Database &db) const override;
    Status rebuild(Database &db) const override;
};

} // namespace ad
