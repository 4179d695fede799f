#include "AskCapText.h"

#include <QCoreApplication>

namespace ad {

namespace {

struct AskCapTr
{
    Q_DECLARE_TR_FUNCTIONS(ad::AskCap)
};

} // namespace

QString askCapText(int countedAsks, int cap, int windowDays)
{
    return AskCapTr::tr("%1 of %2 asks in %3 days").arg(countedAsks).arg(cap).arg(windowDays);
}

} // namespace ad
