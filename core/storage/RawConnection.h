#pragma once

#include "DatabaseFile.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace ad {

// A plain SQLite connection to a file that is not (or not yet) an open
// Database: a backup to check, the file a restore replaces, a file about to be
// removed. Counts as the file being open in this process while it lives.
class RawConnection
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };
    RawConnection(const QString &path, Access access, int busyTimeoutMs = 5000);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const;
    // SQLite's own handle, for what Qt SQL does not offer (the backup API).
    sqlite3 *handle() const;

private:
    DatabaseFile::Registration m_registration; // released after the connection closes
    QString m_name;
    QString m_error;
};

} // namespace ad
