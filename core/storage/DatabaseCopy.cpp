#include "DatabaseCopy.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ad {

Status copyDatabaseTo(const Database &db, const QString &target)
{
    if (QFileInfo::exists(target))
        return makeError(ErrorKind::Duplicate,
                         QCoreApplication::translate("ad::Database", "“%1” already exists; choose a new file name.")
                             .arg(target));
    SqlQuery vacuum(db, QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(target);
    if (Status done = vacuum.exec(); !done) {
        QFile::remove(target);
        return done;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace ad
