#include "AppIdentity.h"

#include <QCoreApplication>

namespace ad {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AdvocateDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("advocatedesk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("advocatedesk"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(ADVOCATEDESK_VERSION);
}

} // namespace ad
