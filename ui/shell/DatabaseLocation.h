#pragma once

#include <QString>

// Where the open programme lives, as the window names it and starts its file
// dialogs: a SQLite file, or a PostgreSQL server address (postgresql://…),
// which is no file and must never be treated as one.
namespace ad::DatabaseLocation {

bool isServer(const QString &path);
// A file in the platform's spelling; a server by its address without anything secret.
QString shown(const QString &path);
// The window title's name: the file's name, or the server's address.
QString titleName(const QString &path);
// Where a file dialog starts: the file's folder; for a server, the default file's.
QString folderFor(const QString &path);

} // namespace ad::DatabaseLocation
