#pragma once

#include <QStringList>

namespace ad::schema {

// Version 6: indexes that keep a programme of 100,000 advocates as quick as an
// empty one (docs/performance.md): the boards read one page of a column at a
// time in board order instead of every card.
QStringList version6();

// Version 7: follow-up debt read off indexes: the currency of each advocate's
// consents (follow-ups, KPIs, matching) without a row lookup each, and the
// case studies still owed a final version without reading every contribution.
QStringList version7();

} // namespace ad::schema
