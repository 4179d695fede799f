#include "RawConnection.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

namespace ad {

RawConnection::RawConnection(const QString &path, Access access, int busyTimeoutMs) : m_registration(path)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("advocatedesk-raw-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    db.setConnectOptions(access == Access::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + busy : busy);
    if (!db.open())
        m_error = db.lastError().text();
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

sqlite3 *RawConnection::handle() const
{
    const QVariant handle = db().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

} // namespace ad
