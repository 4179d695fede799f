#include "TempDatabase.h"

#include "Backends.h"

#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace ad::test {

QDateTime TempDatabase::pinnedNow()
{
    return QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
}

namespace {

// ADVOCATEDESK_TEST_BACKEND=postgres turns every TempDatabase of the suite into a
// PostgreSQL one: a measure of how much of the core already runs there
// (docs/storage-seam.md), not a mode for CI. Tests about files fail in it.
Backend probedBackend(Backend asked)
{
    if (asked == Backend::Sqlite && qEnvironmentVariable("ADVOCATEDESK_TEST_BACKEND") == QLatin1String("postgres")
        && !postgresServer().isEmpty())
        return Backend::Postgres;
    return asked;
}

} // namespace

TempDatabase::TempDatabase(Backend backend)
    : m_backend(probedBackend(backend)), m_path(m_dir.filePath(QStringLiteral("test.sqlite"))), m_clock(pinnedNow())
{
    if (m_backend == Backend::Postgres) {
        m_server = std::make_unique<ServerDatabase>();
        if (!m_server->isValid()) {
            ADD_FAILURE() << "cannot create a test database on the server: " << m_server->error().toStdString();
            return;
        }
        m_path = m_server->url();
    }
    reopen();
}

TempDatabase::~TempDatabase()
{
    close();
}

void TempDatabase::close()
{
    m_services.reset();
    m_db.reset();
}

void TempDatabase::reopen()
{
    close();
    auto opened = Database::open(m_path);
    if (!opened) {
        ADD_FAILURE() << "cannot open test database: " << opened.error().message.toStdString();
        return;
    }
    m_db = std::move(opened).value();
    m_services = std::make_unique<Services>(*m_db, m_clock, QStringLiteral("tester"));
}

Account TempDatabase::makeAccount(const QString &name)
{
    Account input;
    input.name = name;
    input.industry = QStringLiteral("Logistics");
    input.segment = Segment::Enterprise;
    input.region = QStringLiteral("APAC");
    input.country = QStringLiteral("Malaysia");
    input.arr = 120000;
    auto created = services().accounts().create(input);
    EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
    return created.ok() ? created.value() : Account{};
}

Advocate TempDatabase::makeAdvocate(const QString &email, const QString &accountId, const QString &name)
{
    Advocate input;
    input.name = name;
    input.email = email;
    input.title = QStringLiteral("Head of Operations");
    input.accountId = accountId;
    auto created = services().advocates().create(input);
    EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
    return created.ok() ? created.value() : Advocate{};
}

QString TempDatabase::snapshot()
{
    QStringList lines;
    SqlQuery tables(db(), db().dialect().tablesSql());
    EXPECT_TRUE(tables.exec().ok());
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        SqlQuery rows(db(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        EXPECT_TRUE(rows.exec().ok());
        const int columns = rows.raw().record().count();
        while (rows.next()) {
            QStringList values;
            for (int c = 0; c < columns; ++c)
                values << rows.value(c).toString();
            lines << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace ad::test
