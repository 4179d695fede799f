#include "Backends.h"

#include "storage/PostgresUrl.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ad::test {

namespace {

// A connection of the test's own to one database of the test server; closed
// and removed when it goes.
class ServerConnection
{
public:
    ServerConnection(const PostgresAddress &address, const QString &database)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("adtest-server-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setDatabaseName(database);
        if (!address.host.isEmpty())
            db.setHostName(address.host);
        if (address.port > 0)
            db.setPort(address.port);
        if (!address.user.isEmpty())
            db.setUserName(address.user);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ServerConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QString error() const { return m_error; }
    QString exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            return query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
        return {};
    }

private:
    QString m_name;
    QString m_error;
};

} // namespace

QString postgresServer()
{
    return qEnvironmentVariable("ADVOCATEDESK_TEST_POSTGRES");
}

bool postgresRequired()
{
    return qEnvironmentVariable("ADVOCATEDESK_REQUIRE_POSTGRES") == QLatin1String("1");
}

QString postgresUnavailableReason()
{
    if (postgresServer().isEmpty())
        return QStringLiteral("no PostgreSQL server for this test: ADVOCATEDESK_TEST_POSTGRES is not set "
                              "(run the tests through scripts/with-postgres.sh)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)");
    return {};
}

ServerDatabase::ServerDatabase()
{
    const Result<PostgresAddress> server = PostgresUrl::parse(postgresServer());
    if (!server) {
        m_error = QStringLiteral("ADVOCATEDESK_TEST_POSTGRES: ") + server.error().message;
        return;
    }
    m_name = QStringLiteral("adtest_") + QUuid::createUuid().toString(QUuid::Id128);
    const ServerConnection admin(*server, server->database);
    if (!admin.error().isEmpty()) {
        m_error = QStringLiteral("cannot connect to the test server %1: %2").arg(server->display(), admin.error());
        return;
    }
    if (QString failed = admin.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)); !failed.isEmpty()) {
        m_error = failed;
        return;
    }
    PostgresAddress mine = *server;
    mine.database = m_name;
    m_url = mine.display();
}

ServerDatabase::~ServerDatabase()
{
    if (!isValid())
        return;
    const Result<PostgresAddress> server = PostgresUrl::parse(postgresServer());
    const ServerConnection admin(*server, server->database);
    const QString failed = admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    if (!failed.isEmpty())
        ADD_FAILURE() << "cannot drop the test database: " << failed.toStdString();
}

QString ServerDatabase::exec(const QStringList &statements) const
{
    const Result<PostgresAddress> server = PostgresUrl::parse(postgresServer());
    if (!server)
        return server.error().message;
    const ServerConnection connection(*server, m_name);
    if (!connection.error().isEmpty())
        return connection.error();
    for (const QString &statement : statements) {
        if (QString failed = connection.exec(statement); !failed.isEmpty())
            return failed;
    }
    return {};
}

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Postgres ? "postgres" : "sqlite";
}

bool wholeSuiteOnPostgres()
{
    return qEnvironmentVariable("ADVOCATEDESK_TEST_BACKEND") == QLatin1String("postgres");
}

void BackendTest::SetUp()
{
    if (wholeSuiteOnPostgres())
        GTEST_SKIP() << "a both-backend test: its /postgres case runs in the SQLite pass already";
    AD_SKIP_WITHOUT_SERVER(GetParam());
    m_temp = std::make_unique<TempDatabase>(GetParam());
    ASSERT_TRUE(m_temp->isOpen()) << "the test database did not open";
}

void BackendTest::TearDown()
{
    m_temp.reset();
}

} // namespace ad::test
