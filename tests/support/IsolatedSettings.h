#pragma once

#include <QSettings>
#include <QTemporaryDir>

namespace ad::test {

// Gives this test process a settings folder of its own, before any QSettings
// exists. CTest runs cases side by side in separate processes: one case's saved
// preferences (the last file opened, the theme) must not leak into another's,
// nor into the user's. Programs the tests start inherit it via XDG_CONFIG_HOME.
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.path().toLocal8Bit());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

private:
    QTemporaryDir m_dir;
};

} // namespace ad::test
