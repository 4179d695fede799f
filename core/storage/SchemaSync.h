#pragma once

#include <QStringList>

namespace ad::schema {

// Version 3: what sync bundles need to remember — when this file last exported
// (so the next bundle holds only later changes) and which bundles it merged.
QStringList version3();

} // namespace ad::schema
