#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ad {

// Where a programme on a PostgreSQL server lives, from
//   postgresql://[USER@][HOST][:PORT]/DBNAME[?host=SOCKETDIR&port=N&sslmode=MODE]
// (also postgres://). What is left out, libpq fills in the usual way (PGUSER,
// PGHOST, PGPORT, PGSERVICE, the default socket). A password is never taken
// from the address: it would end up in shell histories and process lists;
// libpq reads PGPASSWORD, ~/.pgpass or the service file by itself.
struct PostgresAddress
{
    QString user;
    QString host;     // a host name, or a folder holding the server's Unix socket
    int port = -1;    // -1: libpq's default
    QString database;
    QString sslMode;  // empty: libpq's default

    // The address without anything secret, for messages and Open Recent.
    QString display() const;
};

class PostgresUrl
{
    Q_DECLARE_TR_FUNCTIONS(ad::PostgresUrl)

public:
    // Does `text` name a server rather than a file?
    static bool isServerAddress(const QString &text);
    static Result<PostgresAddress> parse(const QString &text);
};

} // namespace ad
