#pragma once

#include "util/Result.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ad {

class Database;

// What a sync bundle carries and how rows are recognised across two files.
class SyncTables
{
public:
    // The synced tables, parents before children, so merging in this order never
    // inserts a row before the row it refers to.
    static const QStringList &ordered();

    // The table's columns as this file has them, without local-only ones
    // (advocates.seq, the search-index key).
    static Result<QStringList> columns(const Database &db, const QString &table);

    // Columns holding another row's UUID, which a merge may have to translate.
    static bool isReference(const QString &column);

    // The local id of a row that is the same thing under another UUID: a user or
    // activity type by name, an account by name, an advocate by email. Empty when
    // there is none or the table has no such key.
    static Result<QString> sameRowHere(const Database &db, const QString &table, const QVariantHash &row);

    // Advocates erased on request in this file: never exported again, never
    // brought back by a colleague's bundle.
    static Result<QSet<QString>> erasedAdvocates(const Database &db);
};

} // namespace ad
