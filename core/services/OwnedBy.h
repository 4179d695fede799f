#pragma once

#include "storage/SqlQuery.h"

#include <QString>

namespace ad {

// Keeps rows of `column` (an advocate id) to the advocates one CSM owns:
// " AND column IN (their advocates) ", or nothing without a CSM, so the whole
// programme is counted without a join per row. bindOwner() binds the id where
// the clause stands.
inline QString ownedBy(const QString &ownerId, const QString &column)
{
    if (ownerId.isEmpty())
        return QStringLiteral(" ");
    return QStringLiteral(" AND %1 IN (SELECT id FROM advocates WHERE owner_id = ?) ").arg(column);
}

inline void bindOwner(SqlQuery &query, const QString &ownerId)
{
    if (!ownerId.isEmpty())
        query.bind(ownerId);
}

} // namespace ad
