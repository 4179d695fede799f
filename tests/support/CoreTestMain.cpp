#include "Backends.h"
#include "IsolatedSettings.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    const ad::test::IsolatedSettings settings;
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    // CTest's "postgres:" copies of the core suite say --backend=postgres
    // (tests/core/CMakeLists.txt); the rest of the suite reads the variable.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--backend=postgres") == 0)
            qputenv("ADVOCATEDESK_TEST_BACKEND", "postgres");
    // The PostgreSQL pass of the suite without a server: nothing runs. CTest
    // reads the SKIPPED line as a skip, saying why; when a server is required
    // (CI), it is a failure.
    if (ad::test::wholeSuiteOnPostgres()) {
        const QString reason = ad::test::postgresUnavailableReason();
        if (!reason.isEmpty()) {
            const bool required = ad::test::postgresRequired();
            std::printf("[  %s ] %s\n", required ? "FAILED " : "SKIPPED", qPrintable(reason));
            return required ? 1 : 0;
        }
    }
    return RUN_ALL_TESTS();
}
