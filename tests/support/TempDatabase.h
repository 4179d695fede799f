#pragma once

#include "services/Services.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <memory>

namespace ad::test {

class ServerDatabase;

// A fresh database file in a temporary folder, with services on a clock pinned to
// 2026-06-15 12:00 UTC. The folder and file vanish with the fixture. On
// PostgreSQL (Backends.h) a fresh database on the test server instead, dropped
// with the fixture; the temporary folder is there too, for exports.
class TempDatabase
{
public:
    explicit TempDatabase(Backend backend = Backend::Sqlite);
    ~TempDatabase();

    // The file, or the server address.
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool isOpen() const { return m_db != nullptr; }
    // The database on the test server (PostgreSQL only; nullptr on SQLite).
    ServerDatabase *server() { return m_server.get(); }
    QString dir() const { return m_dir.path(); }
    Database &db() { return *m_db; }
    FixedClock &clock() { return m_clock; }
    Services &services() { return *m_services; }

    // Closes and reopens the file (for persistence checks).
    void reopen();
    void close();

    // Convenience: an account and an advocate with valid data.
    Account makeAccount(const QString &name = QStringLiteral("Acme Sdn Bhd"));
    Advocate makeAdvocate(const QString &email, const QString &accountId, const QString &name = QStringLiteral("Mei Ling Tan"));

    // A stable text dump of every table's rows, to prove "nothing was written".
    QString snapshot();

    static QDateTime pinnedNow();

private:
    Backend m_backend;
    std::unique_ptr<ServerDatabase> m_server;
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
};

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);

} // namespace ad::test
