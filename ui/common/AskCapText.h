#pragma once

#include <QString>

namespace ad {

// Asks used of the ask cap in the words the profile card and the Match dialog
// share: "1 of 2 asks in 90 days".
QString askCapText(int countedAsks, int cap, int windowDays);

} // namespace ad
