#pragma once

#include <QIcon>

namespace ad {

// An icon from the compiled-in set (resources/icons/NAME.svg). The selected
// state is drawn in the highlighted-text colour, so an icon stays visible on
// a selected sidebar entry in light and dark palettes alike.
QIcon themedIcon(const char *name);

} // namespace ad
