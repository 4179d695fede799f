#pragma once

#include "DatabaseFile.h"
#include "SearchIndex.h"
#include "SqlDialect.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ad {

// One open Advocate Desk programme on one connection: a local SQLite file, or a
// database on a PostgreSQL server (a postgresql:// address; docs/storage-seam.md).
// A Database belongs to the thread that opened it; a worker thread opens its own
// Database on the same path.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(ad::Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates the file at `path`. A file that is not
    // an Advocate Desk database, is damaged, or was written by a newer version is
    // refused with a readable message, and is not modified.
    // A file this user may not write (or Access::ReadOnly) is opened read-only:
    // reads work, every write is refused with "the database file is read-only".
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };
    //
    // `path` may also be a server address, postgresql://USER@HOST[:PORT]/DBNAME
    // (PostgresUrl.h): the password comes the libpq way, never from the address.
    // An empty database gets the schema; one that is not an Advocate Desk
    // programme, or was written by a newer version, is refused untouched, and so
    // is a server that cannot be reached or will not let this user in.
    //
    // WhenEmpty::StaysEmpty leaves a database without any table as it is
    // (schemaVersion() 0; a new file is still created, empty): for a caller that
    // creates the schema itself, inside a transaction of its own (migrate(),
    // ProgrammeCopy), or that refuses an empty server database.
    enum class WhenEmpty
    {
        GetsSchema,
        StaysEmpty
    };
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access = Access::ReadWrite,
                                                  WhenEmpty whenEmpty = WhenEmpty::GetsSchema);

    // How long a write waits for another process's lock before reporting "busy".
    static constexpr int kBusyTimeoutSeconds = 5;

    // The file the GUI and the CLI use when no --database is given.
    static QString defaultPath();

    // The schema version this build writes and understands.
    static int currentSchemaVersion();

    QSqlDatabase connection() const;
    // The file, or the server address without anything secret.
    QString path() const { return m_path; }
    Backend backend() const { return m_dialect->backend(); }
    const SqlDialect &dialect() const { return *m_dialect; }
    // The full-text index over advocates on this backend (SearchIndex.h).
    const SearchIndex &searchIndex() const { return SearchIndex::forBackend(backend()); }
    // Refills the search index from the tables: once after a bulk copy that
    // bypassed its triggers (server push). Opens its own write when none is open.
    Status rebuildSearchIndex() { return searchIndex().rebuild(*this); }
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }

    // PRAGMA data_version: changes whenever another connection (another program)
    // commits to the file. -1 when it cannot be read, and on a server (there,
    // change notifications will tell: docs/storage-seam.md).
    qint64 dataVersion() const;

    // Empty while the file at path() is the one that was opened; otherwise says
    // that it was removed or replaced by another program. Data written since then
    // is only in the open (now detached) file: back it up to keep it.
    QString fileReplacedMessage() const;

    // Runs PRAGMA integrity_check and foreign_key_check; problems come back as text.
    // On a server, the server keeps its own pages and keys: only the schema version is checked.
    Result<QStringList> integrityProblems() const;

    // The statement cache of a long job running on this connection, if any.
    class StatementCache *statementCache() const { return m_statements; }

private:
    friend class WriteTransaction;
    friend class StatementCache;
    Database(QString path, QString connectionName, Backend backend = Backend::Sqlite);
    static Result<std::unique_ptr<Database>> openServer(const QString &address, Access access, WhenEmpty whenEmpty);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    DatabaseFile::Identity m_identity;
    // Released after ~Database has closed the connection.
    std::unique_ptr<DatabaseFile::Registration> m_registration;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    class StatementCache *m_statements = nullptr;
    const SqlDialect *m_dialect = nullptr;
};

} // namespace ad
