#pragma once

#include <QStringList>

namespace ad::schema {

// Version 5: the programme's rule settings live in the file, so the GUI and the
// CLI (and every colleague who opens the file) apply the same numbers.
QStringList version5();

} // namespace ad::schema
