#pragma once

#include "DatabaseFile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ad {

// One open Advocate Desk file on one connection. A Database belongs to the thread
// that opened it; a worker thread opens its own Database on the same path.
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
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access = Access::ReadWrite);

    // How long a write waits for another process's lock before reporting "busy".
    static constexpr int kBusyTimeoutSeconds = 5;

    // The file the GUI and the CLI use when no --database is given.
    static QString defaultPath();

    // The schema version this build writes and understands.
    static int currentSchemaVersion();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }

    // PRAGMA data_version: changes whenever another connection (another program)
    // commits to the file. -1 when it cannot be read.
    qint64 dataVersion() const;

    // Empty while the file at path() is the one that was opened; otherwise says
    // that it was removed or replaced by another program. Data written since then
    // is only in the open (now detached) file: back it up to keep it.
    QString fileReplacedMessage() const;

    // Runs PRAGMA integrity_check and foreign_key_check; problems come back as text.
    Result<QStringList> integrityProblems() const;

    // The statement cache of a long job running on this connection, if any.
    class StatementCache *statementCache() const { return m_statements; }

private:
    friend class WriteTransaction;
    friend class StatementCache;
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    DatabaseFile::Identity m_identity;
    // Released after ~Database has closed the connection.
    std::unique_ptr<DatabaseFile::Registration> m_registration;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    class StatementCache *m_statements = nullptr;
};

} // namespace ad
