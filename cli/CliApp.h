#pragma once

#include <QStringList>

namespace ad {

// Runs advocatedesk-cli on `arguments` (as QCoreApplication::arguments(): the
// program first) and returns the process exit status. Needs a QCoreApplication.
int runCli(const QStringList &arguments);

} // namespace ad
