#pragma once

#include <QString>

namespace ad::identity {

// Who the person at this computer is in a programme file, as they said at
// first start or in Preferences. It is kept per file (one person may be the
// programme manager of one programme and a CSM in a colleague's) in this
// user's settings, not in the file: a file passed around names nobody.

// ADVOCATEDESK_USER when set: scripts, tests and a second person at one desk
// say who acts, and that wins over the saved choice.
QString fromEnvironment();

// The name the operating system gives this user ($USER, %USERNAME%, $LOGNAME),
// or empty.
QString loginName();

// The name chosen for this database file, or empty when nobody was chosen yet.
QString chosenFor(const QString &databasePath);
void chooseFor(const QString &databasePath, const QString &name);

// Who acts on this file: ADVOCATEDESK_USER, else the chosen name, else the
// login name ($USER, %USERNAME%), else `fallback`.
QString actorFor(const QString &databasePath, const QString &fallback);

} // namespace ad::identity
