#include "DatabaseLocation.h"

#include "storage/Database.h"
#include "storage/PostgresUrl.h"

#include <QDir>
#include <QFileInfo>

namespace ad::DatabaseLocation {

bool isServer(const QString &path)
{
    return PostgresUrl::isServerAddress(path);
}

QString shown(const QString &path)
{
    if (!isServer(path))
        return QDir::toNativeSeparators(path);
    // Native separators would turn the address's slashes round on Windows.
    const Result<PostgresAddress> address = PostgresUrl::parse(path);
    return address ? address->display() : path;
}

QString titleName(const QString &path)
{
    return isServer(path) ? shown(path) : QFileInfo(path).fileName();
}

QString folderFor(const QString &path)
{
    return QFileInfo(isServer(path) || path.isEmpty() ? Database::defaultPath() : path).path();
}

} // namespace ad::DatabaseLocation
