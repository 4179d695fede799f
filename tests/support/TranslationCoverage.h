#pragma once

#include "util/TranslationRecorder.h"

#include <QStringList>

namespace ad::test {

// The lookups of Advocate Desk's own contexts (ad::…, main) that the shipped
// zh_TW or ms file does not translate (missing, unfinished, or filed under
// another context), one line each: "ms: ad::Rules: “ask cap”". Qt's own
// contexts are left to Qt's translations.
QStringList untranslated(const QList<TranslationRecorder::Lookup> &lookups);

} // namespace ad::test
