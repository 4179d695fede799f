#pragma once

#include <QString>

class QToolBar;

namespace ad {

// A menu text as a toolbar button, a tooltip or a list of shortcuts shows it:
// "&Open Database…" → "Open Database", and the mnemonic that Chinese (and
// Japanese, Korean) translations append in brackets goes whole:
// "開啟資料庫(&O)…" → "開啟資料庫". "&&" stays one "&".
QString withoutMnemonic(const QString &text);

// The toolbar's buttons and their tooltips show their actions' texts without
// mnemonics, now and whenever a text changes (Undo's names the step). Qt drops
// a plain "&" itself, but leaves "(O)" behind from "(&O)". A tooltip set on
// purpose stays.
void showWithoutMnemonics(QToolBar *toolbar);

} // namespace ad
