#include "StatementCache.h"

#include "Database.h"

namespace ad {

StatementCache::StatementCache(Database &db) : m_db(db)
{
    if (m_db.m_statements)
        return;
    m_db.m_statements = this;
    m_installed = true;
}

StatementCache::~StatementCache()
{
    if (m_installed)
        m_db.m_statements = nullptr;
}

bool StatementCache::take(const QString &sql, QSqlQuery &query)
{
    const auto found = m_free.find(sql);
    if (found == m_free.end())
        return false;
    query = std::move(found->second);
    m_free.erase(found);
    ++m_reuses;
    return true;
}

void StatementCache::give(const QString &sql, QSqlQuery &query)
{
    if (m_free.size() >= kMaxStatements || m_free.contains(sql))
        return; // the caller's statement is finalized with it
    m_free.emplace(sql, std::move(query));
}

} // namespace ad
