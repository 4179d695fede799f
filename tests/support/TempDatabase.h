#pragma once

#include "services/Services.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <memory>

namespace ad::test {

// A fresh database file in a temporary folder, with services on a clock pinned to
// 2026-06-15 12:00 UTC. The folder and file vanish with the fixture.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    QString path() const { return m_path; }
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
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
};

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);

} // namespace ad::test
