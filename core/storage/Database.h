#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ad {

// One open Advocate Desk file on one connection. A Database belongs to the thread
// that opened it; a worker thread opens its own Database on the same path.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates the file at `path`. A file that is not
    // an Advocate Desk database, is damaged, or was written by a newer version is
    // refused with a readable message, and is not modified.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    // The file the GUI and the CLI use when no --database is given.
    static QString defaultPath();

    // The schema version this build writes and understands.
    static int currentSchemaVersion();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs PRAGMA integrity_check and foreign_key_check; problems come back as text.
    Result<QStringList> integrityProblems() const;

private:
    friend class WriteTransaction;
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace ad
