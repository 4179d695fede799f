#pragma once

#include <QtGlobal>

namespace ad {

// PRAGMA application_id of every Advocate Desk file: "ADsk". Read through
// SQLite, never from the file's bytes (DatabaseFile.h says why).
inline constexpr quint32 kAdvocateDeskApplicationId = 0x4144736B;

} // namespace ad
