#include "ProcessFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace ad::test {

QStringList deletedCompanionsOf(const QString &databasePath)
{
    const QString absolute = QFileInfo(databasePath).absoluteFilePath();
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const ssize_t length =
            ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target - 1);
        if (length <= 0)
            continue;
        const QString link = QFile::decodeName(QByteArray(target, int(length)));
        for (const char *suffix : {"-wal (deleted)", "-shm (deleted)"}) {
            if (link == absolute + QLatin1String(suffix))
                deleted << link;
        }
    }
    return deleted;
}

bool holdsLockOn(const QString &databasePath)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(databasePath).constData(), &info) != 0)
        return false;
    // /proc/locks: "1: POSIX  ADVISORY  READ 5037 fe:00:10952849 1073741826 1073742335"
    // (a lock someone waits for has "->" after the number).
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray inode = ':' + QByteArray::number(quint64(info.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        QList<QByteArray> fields = line.simplified().split(' ');
        fields.removeAll("->");
        if (fields.size() >= 6 && fields.at(4) == pid && fields.at(5).endsWith(inode))
            return true;
    }
    return false;
}

} // namespace ad::test
