#pragma once

#include <QString>

namespace ad {

// Turns what a user typed into a safe FTS5 prefix query: every word becomes a
// quoted prefix term ("mei"* "acme"*), so quotes, operators and column filters
// in the input are only ever text. Empty when the input has no searchable word.
QString ftsPrefixQuery(const QString &userText);

} // namespace ad
