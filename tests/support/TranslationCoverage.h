#pragma once

#include "util/TranslationRecorder.h"

#include <QStringList>

namespace ad::test {

// The lookups that a person in zh_TW or ms would read in English, one line
// each: "ms: ad::Rules: “ask cap”". Advocate Desk's own contexts (ad::…, main)
// must be finished in translations/advocatedesk_<lang>.ts under the context
// looked up; Qt's own (QDialogButtonBox, QLineEdit, QShortcut…) in Qt's
// qtbase_<lang>.qm or in translations/advocatedesk_qt_<lang>.ts.
QStringList untranslated(const QList<TranslationRecorder::Lookup> &lookups);

} // namespace ad::test
