#pragma once

#include <QStringList>

namespace ad::schema {

// Version 6: the programme's rule settings live in the file, so the GUI and the
// CLI (and every colleague who opens the file) apply the same numbers.
QStringList version6();

} // namespace ad::schema
