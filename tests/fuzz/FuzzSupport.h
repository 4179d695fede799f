#pragma once

#include <QCoreApplication>

namespace ad::fuzz {

// Qt's SQL drivers and text codecs expect an application object.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "advocatedesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    static_cast<void>(app);
}

} // namespace ad::fuzz
