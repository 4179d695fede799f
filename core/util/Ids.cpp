#include "Ids.h"

#include <QUuid>

namespace ad {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ad
