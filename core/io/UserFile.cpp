#include "UserFile.h"

#include "storage/DatabaseFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QSaveFile>

namespace ad {

Result<QByteArray> UserFile::read(const QString &path)
{
    if (const QString clash = DatabaseFile::clashWithOpenDatabase(path); !clash.isEmpty())
        return makeError(ErrorKind::Invalid, tr("%1 cannot be read: %2").arg(path, clash));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

Status UserFile::write(const QString &path, const QByteArray &bytes, Contents contents)
{
    const auto failed = [&](const QString &reason) {
        return makeError(ErrorKind::Storage, tr("%1 cannot be written: %2").arg(path, reason));
    };
    if (const QString clash = DatabaseFile::clashWithOpenDatabase(path); !clash.isEmpty())
        return makeError(ErrorKind::Invalid, tr("%1 cannot be written: %2").arg(path, clash));
    if (QFileInfo::exists(path) && !DatabaseFile::isRegularFile(path))
        return makeError(
            ErrorKind::Invalid,
            tr("%1 cannot be written: it is not a regular file (a device, a pipe or a folder).").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // Set before any byte is written, so personal data is never readable by others.
    if (contents == Contents::PersonalData &&
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size())
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace ad
