#include "UserFile.h"

#include "storage/DatabaseFile.h"
#include "storage/PostgresUrl.h"

#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

#include <cstdio>

#include <sys/stat.h>

namespace ad {

namespace {

enum class Kind
{
    Missing,
    Regular,
    Stream, // a FIFO or a character device: written into, never replaced
    Other   // a folder, a block device, a socket
};

Kind kindOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return Kind::Missing;
    if (S_ISREG(info.st_mode))
        return Kind::Regular;
    if (S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode))
        return Kind::Stream;
    return Kind::Other;
}

// Why writing `size` bytes failed, in words that name the cause a person can
// act on: Qt reports a full disk as "Unknown error" or a bare write error.
QString writeFailure(const QString &path, const QFileDevice &file, qint64 size)
{
    const QStorageInfo volume(QFileInfo(path).absolutePath());
    constexpr qint64 kSlack = 64 * 1024;
    if (volume.isValid() && volume.bytesAvailable() < size + kSlack)
        return UserFile::tr("the disk is full (%1 free on %2).")
            .arg(QLocale().formattedDataSize(volume.bytesAvailable()), volume.rootPath());
    return file.errorString();
}

} // namespace

Result<QByteArray> UserFile::read(const QString &path)
{
    // Reading a backup does it no harm; reading the open file drops our locks.
    if (const QString clash = DatabaseFile::clashWithOpenDatabase(path, DatabaseFile::BackupsFolder::DoesNotCount);
        !clash.isEmpty())
        return makeError(ErrorKind::Invalid, tr("%1 cannot be read: %2").arg(path, clash));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

Status UserFile::checkWritable(const QString &path)
{
    if (isStandardOutput(path))
        return {};
    if (path.isEmpty())
        return makeError(ErrorKind::Invalid, tr("No output file was given."));
    // Taken as a file name it would be a folder "postgresql:" in the current one.
    if (PostgresUrl::isServerAddress(path))
        return makeError(ErrorKind::Invalid,
                         tr("The output is a server address, not a file: give a file name for it."));
    if (const QString clash = DatabaseFile::clashWithOpenDatabase(path); !clash.isEmpty())
        return makeError(ErrorKind::Invalid, tr("%1 cannot be written: %2").arg(path, clash));
    if (kindOf(path) == Kind::Other)
        return makeError(ErrorKind::Invalid,
                         tr("%1 cannot be written: it is not a regular file (a folder, a disk device or a socket).")
                             .arg(path));
    return {};
}

Status UserFile::write(const QString &path, const QByteArray &bytes, Contents contents)
{
    if (Status writable = checkWritable(path); !writable)
        return writable;
    const auto failed = [&](const QFileDevice &file) {
        return makeError(ErrorKind::Storage, tr("%1 cannot be written: %2").arg(path, writeFailure(path, file, bytes.size())));
    };
    if (isStandardOutput(path) || kindOf(path) == Kind::Stream) {
        QFile stream;
        const bool opened = isStandardOutput(path) ? (std::fflush(stdout), stream.open(stdout, QIODevice::WriteOnly))
                                                   : (stream.setFileName(path), stream.open(QIODevice::WriteOnly));
        if (!opened || stream.write(bytes) != bytes.size() || !stream.flush())
            return failed(stream);
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file);
    // Set before any byte is written, so personal data is never readable by others.
    if (contents == Contents::PersonalData && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(file);
    if (file.write(bytes) != bytes.size())
        return failed(file);
    if (!file.commit())
        return failed(file);
    return {};
}

Status UserFile::append(const QString &path, const QByteArray &bytes)
{
    if (Status writable = checkWritable(path); !writable)
        return writable;
    QFile file(path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::Append) || file.write(bytes) != bytes.size())
        return makeError(ErrorKind::Storage, tr("%1 cannot be written: %2").arg(path, writeFailure(path, file, bytes.size())));
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace ad
