#include "DatabaseCopy.h"

#include "Database.h"
#include "RawConnection.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace ad {

Status copyDatabaseTo(const Database &db, const QString &target)
{
    if (QFileInfo::exists(target))
        return makeError(
            ErrorKind::Duplicate,
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

Status removeUnusedDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    {
        RawConnection connection(absolute, RawConnection::Access::ReadWrite, 0);
        QSqlQuery query(connection.db());
        if (!connection.isOpen() || !query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) ||
            !query.next() || query.value(0).toString() != QLatin1String("delete"))
            return makeError(ErrorKind::Busy,
                             QCoreApplication::translate(
                                 "ad::Database", "“%1” is still open in another program, so it was left "
                                                 "where it is; remove it when that program has closed it.")
                                 .arg(absolute));
    }
    if (!QFile::remove(absolute))
        return makeError(ErrorKind::Storage,
                         QCoreApplication::translate("ad::Database", "Cannot remove “%1”.").arg(absolute));
    return {};
}

} // namespace ad
