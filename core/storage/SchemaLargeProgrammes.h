#pragma once

#include <QStringList>

namespace ad::schema {

// Version 6: indexes that keep a programme of 100,000 advocates as quick as an
// empty one (docs/performance.md): the boards read one page of a column at a
// time in board order instead of every card.
QStringList version6();

// Version 7: consents read off one index (the currency of each advocate's
// consents for follow-ups, KPIs and matching) instead of a row lookup each.
QStringList version7();

} // namespace ad::schema
