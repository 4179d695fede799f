#include "IsolatedSettings.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    // GUI tests never need a display: drive real widgets on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const ad::test::IsolatedSettings settings;
    QApplication app(argc, argv);
    // Keep the tests' window geometry and column layouts out of the user's settings.
    QApplication::setOrganizationName(QStringLiteral("AdvocateDeskTests"));
    QApplication::setApplicationName(QStringLiteral("advocatedesk-tests"));
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
