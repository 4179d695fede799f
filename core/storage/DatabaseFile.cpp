#include "DatabaseFile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ad {

namespace {

// The databases this process has connections to, by absolute path, with how
// many connections each has.
struct OpenDatabases
{
    QMutex mutex;
    QHash<QString, int> counts;
};

OpenDatabases &openDatabases()
{
    static OpenDatabases instance;
    return instance;
}

const QStringList &companionSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

// A name for comparing paths of files that may not exist yet: the folder's
// canonical path (links resolved) and the file's own name.
QString canonicalName(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool sameFile(const QString &a, const QString &b)
{
    if (canonicalName(a) == canonicalName(b))
        return true;
    const std::optional<DatabaseFile::Identity> first = DatabaseFile::identityOf(a);
    return first && first == DatabaseFile::identityOf(b);
}

// Creates the folders of `path` that are missing, readable by their owner only
// (0700, whatever the umask): they will hold personal data.
bool makeOwnerOnlyPath(const QString &path)
{
    QStringList missing;
    for (QString folder = QDir::cleanPath(path); !QFileInfo(folder).isDir(); folder = QFileInfo(folder).path()) {
        if (QFileInfo(folder).exists() || QFileInfo(folder).path() == folder)
            return false; // a file where a folder should be, or the root itself missing
        missing.prepend(folder);
    }
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, ownerOnly) && !QFileInfo(folder).isDir())
            return false;
    }
    return true;
}

} // namespace

std::optional<DatabaseFile::Identity> DatabaseFile::identityOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return Identity{quint64(info.st_dev), quint64(info.st_ino)};
}

bool DatabaseFile::isRegularFile(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISREG(info.st_mode);
}

Status DatabaseFile::createEmpty(const QString &path)
{
    const QFileInfo info(path);
    if (!makeOwnerOnlyPath(info.absolutePath()))
        return makeError(ErrorKind::Storage, tr("Cannot create the folder “%1”.").arg(info.absolutePath()));
    // O_EXCL: a new inode, so no connection of ours can be using it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST && info.isSymLink())
            return makeError(ErrorKind::Storage,
                             tr("Cannot create “%1”: it is a link to “%2”, which does not exist. Give the "
                                "path of the file itself.")
                                 .arg(path, info.symLinkTarget()));
        return makeError(ErrorKind::Storage,
                         tr("Cannot create “%1”: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    ::close(fd);
    return {};
}

QString DatabaseFile::backupsFolderOf(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".backups");
}

void DatabaseFile::restrictToOwner(const QString &path)
{
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && QFile::permissions(file) != ownerOnly)
            QFile::setPermissions(file, ownerOnly); // chmod(2): no descriptor
    }
}

DatabaseFile::Registration::Registration(const QString &path) : m_path(QFileInfo(path).absoluteFilePath())
{
    OpenDatabases &open = openDatabases();
    const QMutexLocker lock(&open.mutex);
    ++open.counts[m_path];
}

DatabaseFile::Registration::~Registration()
{
    OpenDatabases &open = openDatabases();
    const QMutexLocker lock(&open.mutex);
    if (--open.counts[m_path] <= 0)
        open.counts.remove(m_path);
}

QString DatabaseFile::clashWithOpenDatabase(const QString &path, BackupsFolder backups)
{
    QStringList databases;
    {
        OpenDatabases &open = openDatabases();
        const QMutexLocker lock(&open.mutex);
        databases = open.counts.keys();
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    for (const QString &database : std::as_const(databases)) {
        if (sameFile(target, database))
            return tr("“%1” is the open database “%2” itself.").arg(target, database);
        for (const QString &suffix : companionSuffixes()) {
            if (sameFile(target, database + suffix))
                return tr("“%1” belongs to the open database “%2” (its %3 file).")
                    .arg(target, database, suffix);
        }
        const QString folder = backupsFolderOf(database);
        if (backups == BackupsFolder::DoesNotCount)
            continue;
        if (sameFile(target, folder) || sameFile(QFileInfo(target).absolutePath(), folder))
            return tr("“%1” is in the backups folder of the open database “%2”.").arg(target, database);
    }
    return {};
}

Status DatabaseFile::copyBytes(const QString &from, const QString &to)
{
    if (const QString clash = clashWithOpenDatabase(from, BackupsFolder::DoesNotCount); !clash.isEmpty())
        return makeError(ErrorKind::Busy, clash);
    if (!QFile::copy(from, to))
        return makeError(ErrorKind::Storage, tr("Cannot copy “%1” to “%2”.").arg(from, to));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QString DatabaseFile::partialNameFor(const QString &outPath)
{
    static QAtomicInt counter;
    return QStringLiteral("%1.partial-%2-%3")
        .arg(outPath)
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace ad
