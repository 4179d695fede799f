#include "Advocate.h"

#include <QCoreApplication>

namespace ad {

QString signalName(Signal signal)
{
    switch (signal) {
    case Signal::Satisfaction:
        return QCoreApplication::translate("ad::Enums", "Satisfaction");
    case Signal::Outcomes:
        return QCoreApplication::translate("ad::Enums", "Outcomes");
    case Signal::Relationship:
        return QCoreApplication::translate("ad::Enums", "Relationship");
    case Signal::Communication:
        return QCoreApplication::translate("ad::Enums", "Communication");
    case Signal::CompanyFit:
        return QCoreApplication::translate("ad::Enums", "Company fit");
    case Signal::Willingness:
        return QCoreApplication::translate("ad::Enums", "Willingness");
    }
    return {};
}

} // namespace ad
