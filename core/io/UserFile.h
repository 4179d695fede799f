#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ad {

// Files a person names: what they import (CSV, mappings, bundles) and where
// they export to. Besides DatabaseFile, the only code that opens files by
// path, and it refuses any file that belongs to a database open in this
// process (the file, its -wal or -shm, its backups folder), compared by
// identity: reading it would drop our locks on it, writing it would destroy
// it (DatabaseFile.h).
class UserFile
{
    Q_DECLARE_TR_FUNCTIONS(ad::UserFile)

public:
    enum class Contents
    {
        Ordinary,
        PersonalData // readable and writable by the owner only (0600)
    };

    // The whole file.
    static Result<QByteArray> read(const QString &path);

    // Written whole or not at all (QSaveFile renames a finished temporary file
    // over the target), so a crash or a full disk never leaves half a file where
    // a reader expects a whole one. Never replaces what is not a regular file
    // (a device such as /dev/null, a FIFO, a folder).
    static Status write(const QString &path, const QByteArray &bytes, Contents contents);
};

} // namespace ad
