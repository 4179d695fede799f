#pragma once

#include <QString>

namespace ad {

// A new random UUID (version 4) in its canonical 36-character text form.
QString newId();

} // namespace ad
