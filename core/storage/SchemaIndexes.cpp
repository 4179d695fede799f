#include "SchemaIndexes.h"

namespace ad::schema {

QStringList version4()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS asks_request ON asks(request_id, answer)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS participations_request ON participations(request_id)"),
    };
}

} // namespace ad::schema
