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
    static bool isUuid(const QString &text);
};

} // namespace ad
