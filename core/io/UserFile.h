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

    // "-": standard output, as command-line users expect (never from the GUI).
    static bool isStandardOutput(const QString &path) { return path == QLatin1String("-"); }

    // The whole file.
    static Result<QByteArray> read(const QString &path);

    // Whether write() would accept `path`, asked before any work is done so that
    // a refused output leaves everything as it was: not a file of an open
    // database, not a folder, a block device or a socket.
    static Status checkWritable(const QString &path);

    // A regular file is written whole or not at all (QSaveFile renames a
    // finished temporary file over the target), so a crash or a full disk never
    // leaves half a file where a reader expects a whole one. What is not a
    // regular file is never replaced: a FIFO or a character device (/dev/null,
    // /dev/stdout) is written into, "-" is standard output, anything else is
    // refused.
    static Status write(const QString &path, const QByteArray &bytes, Contents contents);

    // Adds `bytes` to the end of the file (created owner-only if missing): a log
    // the program keeps adding to, such as the lookups TranslationRecorder notes.
    static Status append(const QString &path, const QByteArray &bytes);
};

} // namespace ad
