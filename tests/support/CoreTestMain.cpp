#include "Backends.h"
#include "IsolatedSettings.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

namespace {

// The PostgreSQL pass of the suite without a server: every test skips, saying
// why, or fails when a server is required (CI).
class NeedsServer : public ::testing::Environment
{
public:
    void SetUp() override
    {
        const QString reason = ad::test::postgresUnavailableReason();
        if (reason.isEmpty())
            return;
        if (ad::test::postgresRequired())
            FAIL() << reason.toStdString();
        GTEST_SKIP() << reason.toStdString();
    }
};

} // namespace

int main(int argc, char **argv)
{
    const ad::test::IsolatedSettings settings;
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    if (ad::test::wholeSuiteOnPostgres())
        ::testing::AddGlobalTestEnvironment(new NeedsServer);
    return RUN_ALL_TESTS();
}
