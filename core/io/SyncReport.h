#pragma once

#include <QList>
#include <QString>

namespace ad {

// A row both sides changed (or one this file could not take), and what the merge did.
struct SyncConflict
{
    QString table;
    QString id;
    QString localUpdatedAt;
    QString bundleUpdatedAt;
    QString outcome; // "bundle" (its newer version won), "local" (ours was newer), or why it was not merged
};

struct SyncReport
{
    QString bundleId;
    QString exportedBy;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int keptLocal = 0;     // ours was newer
    int matchedByKey = 0;  // same user, activity type, account or advocate under another UUID
    int skippedErased = 0; // rows about people erased on request, here or there
    int erasedHere = 0;    // people the colleague erased, now erased here too
    QList<SyncConflict> conflicts;
    bool seenBefore = false; // this bundle was merged before (nothing changes the second time)
};

} // namespace ad
