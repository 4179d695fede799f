#pragma once

#include <QStringList>

namespace ad {

// Runs advocatedesk-cli on `arguments` (as QCoreApplication::arguments(): the
// program first) and returns the process exit status. Needs a QCoreApplication.
int runCli(const QStringList &arguments);

// Whether the command named in `arguments` (the program first) draws, and so
// needs a QApplication rather than a QCoreApplication. Callable before either
// exists.
bool cliCommandDraws(const QStringList &arguments);

} // namespace ad
