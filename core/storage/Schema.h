#pragma once

#include <QStringList>

namespace ad::schema {

// Statements of each numbered migration. SQLite dialect: the search index and its
// triggers are SQLite's FTS5; a PostgreSQL back end will carry its own version.
QStringList version1();
// Tier review queue.
QStringList version2();

} // namespace ad::schema
