#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ad {

// The one place in Advocate Desk that touches a database file, its -wal or its
// -shm other than through SQLite — and the rule it keeps.
//
// Why: POSIX advisory locks belong to a process and a file, not to a
// descriptor. Closing *any* descriptor of the database file drops every lock
// this process holds on it, SQLite's included ("How To Corrupt An SQLite
// Database File", 2.2). Another program on the same file (advocatedesk-cli
// beside the window) then believes it is the last user when it closes: it
// checkpoints and deletes the write-ahead log that our connections still write
// to, and every later commit of ours is lost.
//
// The rule: once this process has a connection to a file, nothing in it opens
// that file, its -wal or its -shm except SQLite. What is not content is read
// with stat() (identity, type) and changed with chmod(); the header is read
// through SQLite (PRAGMA application_id, user_version). Files a person names
// (imports, exports, bundles) go through UserFile, which refuses any file that
// belongs to a database open here. The test SourceRules.FilesAreOpenedOnlyByTheGateways
// keeps any other code from opening files by path.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(ad::DatabaseFile)

public:
    // Which file this is, whatever its name: device and inode, links followed.
    struct Identity
    {
        quint64 device = 0;
        quint64 inode = 0;
        bool operator==(const Identity &) const = default;
    };
    static std::optional<Identity> identityOf(const QString &path);

    // A regular file (links followed)? A FIFO, device or folder is never a database.
    static bool isRegularFile(const QString &path);

    // Creates an empty file readable by its owner only. Safe under the rule: a
    // file that did not exist has no connection anywhere.
    static Status createEmpty(const QString &path);

    // The folder of the file's backups: "<file>.backups" beside it.
    static QString backupsFolderOf(const QString &path);

    // Owner-only permissions (0600) for the file and its -wal and -shm: they hold
    // personal data. chmod() opens nothing.
    static void restrictToOwner(const QString &path);

    // While one of these lives, the database at `path` counts as open in this
    // process: every Database and every raw connection holds one.
    class Registration
    {
    public:
        explicit Registration(const QString &path);
        ~Registration();
        Registration(const Registration &) = delete;
        Registration &operator=(const Registration &) = delete;

    private:
        QString m_path;
    };

    // If `path` (by identity, and by name for files not yet there) is a database
    // open in this process, its -wal, -shm or -journal, or lies in its backups
    // folder, says so in words a person can act on; otherwise empty.
    enum class BackupsFolder
    {
        Counts,   // an output there would replace or crowd out a backup
        DoesNotCount
    };
    static QString clashWithOpenDatabase(const QString &path, BackupsFolder backups = BackupsFolder::Counts);

    // Copies a file's bytes (owner-only): a damaged database that SQLite cannot
    // read, kept before a restore replaces it. Refused while this process has
    // `from` open.
    static Status copyBytes(const QString &from, const QString &to);

    // A name beside `outPath` that nothing else, in this process or another,
    // is writing at the same moment: where a backup or snapshot is built
    // before it is renamed into place.
    static QString partialNameFor(const QString &outPath);
};

} // namespace ad
