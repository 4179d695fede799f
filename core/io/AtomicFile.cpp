#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QSaveFile>

namespace ad {

Status AtomicFile::write(const QString &path, const QByteArray &bytes, Contents contents)
{
    const auto failed = [&](const QString &reason) {
        return makeError(ErrorKind::Storage,
                         QCoreApplication::translate("ad::Export", "%1 cannot be written: %2").arg(path, reason));
    };
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
