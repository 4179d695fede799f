#pragma once

#include "util/Result.h"

#include <QJsonObject>

namespace ad {

// Checks a sync bundle's shape before anything is merged, as
// docs/sync-bundle.schema.json describes it: a tampered or hand-edited bundle is
// refused whole with a message naming the place ("tables.advocates[3].id: ..."),
// never half-merged.
class SyncBundleCheck
{
public:
    static Status check(const QJsonObject &bundle, const QString &source);
    // What the shape cannot say: the bundle's schema against this file's, its
    // dates against `now` (no "since" in the year 9999 that would skip every
    // conflict), its row_count against its rows, and no id twice in a table.
    static Status checkAgainst(const QJsonObject &bundle, const QString &source, int schemaVersion,
                               const QString &now);
    static bool isUuid(const QString &text);
};

} // namespace ad
