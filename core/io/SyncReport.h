#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace ad {

// One field of a conflicting row: the value here and the value in the bundle.
struct SyncFieldDifference
{
    QString column;
    QString mine;
    QString theirs;
};

// A row both sides changed (or one this file could not take), and what the merge did.
struct SyncConflict
{
    QString table;
    QString id;
    QString localUpdatedAt;
    QString bundleUpdatedAt;
    // "undecided" (nothing was merged: the user must choose), "local" (kept
    // mine), "bundle" (took theirs), or why it was not merged
    QString outcome;
    QString record; // what the row is, for people: a name, an email, a title
    QList<SyncFieldDifference> fields;
};

// What to do with a row both sides changed since the colleague's last bundle.
enum class ConflictChoice
{
    Ask,       // merge nothing, report the conflicts for the user to decide
    KeepMine,
    TakeTheirs
};

// The user's decisions: one for every conflict, and one per row (by table and
// local id) that overrides it.
struct SyncDecisions
{
    ConflictChoice all = ConflictChoice::Ask;
    QHash<QString, ConflictChoice> byRow;
    // The person merging has seen the bundle's erasures and consent changes
    // (SyncReport::toConfirm) and accepts them; until then nothing is written.
    bool confirmed = false;
    // The fingerprint of a colleague's key the person has compared with theirs
    // and accepts (the first bundle signed with it waits for this).
    QString trustFingerprint;

    static QString key(const QString &table, const QString &id) { return table + QLatin1Char('/') + id; }
    ConflictChoice choiceFor(const QString &table, const QString &id) const
    {
        return byRow.value(key(table, id), all);
    }
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
    int usersIgnored = 0;  // people of the colleague's file not known here: a bundle never adds users
    int settingsKept = 0;  // activity types and users changed there: a bundle never changes them here
    // Erasures and consent changes the bundle would make, for the person to
    // confirm (SyncDecisions::confirmed); while any is unconfirmed nothing is written.
    QStringList toConfirm;
    // Who signed the bundle. While their key is new here and not accepted
    // (SyncDecisions::trustFingerprint), nothing is written.
    QString signerFingerprint;
    bool signerUnknown = false;
    QList<SyncConflict> conflicts;
    bool seenBefore = false; // this bundle was merged before (nothing changes the second time)
    // False when conflicts await a decision or changes a confirmation: then
    // nothing at all was written.
    bool merged = true;

    int undecided() const
    {
        int count = 0;
        for (const SyncConflict &conflict : conflicts)
            count += conflict.outcome == QLatin1String("undecided") ? 1 : 0;
        return count;
    }
};

} // namespace ad
