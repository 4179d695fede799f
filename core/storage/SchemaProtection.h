#pragma once

#include "util/Result.h"

#include <QStringList>

namespace ad {
class Database;
}

namespace ad::schema {

// Version 8: a programme that holds up against hostile input. A note's words
// reach the search index once per transaction, however many notes it adds
// (a bundle of 10,000 notes for one advocate re-read them all on every insert);
// the erasure ledger remembers who was erased, without naming them.
QStringList version8();

// Brings the notes of every advocate named in advocate_search_stale_notes into the
// search index and empties it. WriteTransaction runs it before each commit.
QString flushStaleNotesSql();
QString hasStaleNotesSql();

// Version 8's data step: email keys composed (NFC) before they are folded.
Status recomputeEmailKeys(Database &db);

} // namespace ad::schema
