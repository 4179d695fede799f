#pragma once

#include <QString>
#include <QStringList>

namespace ad::test {

// What the kernel says about this process and a database file, for tests of
// several programs on one file (see core/storage/DatabaseFile.h for why).

// Descriptors of this process that point at the file's -wal or -shm after it
// was deleted: SQLite of another program believed it was the file's last user.
QStringList deletedCompanionsOf(const QString &databasePath);

// Does this process hold a POSIX lock on the file (/proc/locks)? While any
// connection is open in WAL mode, SQLite holds a shared lock on it; when that
// lock is gone, another program may checkpoint and delete the log under us.
bool holdsLockOn(const QString &databasePath);

} // namespace ad::test
