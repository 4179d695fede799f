#pragma once

#include <QString>

namespace ad {

// Names both executables share, so the GUI and the CLI find the same default
// database and settings. Call right after constructing the Q*Application.
void setApplicationIdentity();
QString applicationVersion();

} // namespace ad
