#pragma once

#include <QString>
#include <QStringList>

namespace ad {

// Turns what a user typed into a safe FTS5 prefix query: every word becomes a
// quoted prefix term ("mei"* "acme"*), so quotes, operators and column filters
// in the input are only ever text. Empty when the input has no searchable word.
// A word given twice counts once, and only the first kMaxSearchTerms words
// count, each cut to kMaxTermLength: every term is matched against every row,
// so 4,000 pasted words made one search take minutes.
QString ftsPrefixQuery(const QString &userText);

// The words of what a user typed that a search looks for, by the rules above:
// control characters (a NUL) separate words, repeats and words without a letter
// or digit are dropped, at most kMaxSearchTerms words of kMaxTermLength. Both
// search indexes start from these (SearchIndex::bindValue).
QStringList searchTerms(const QString &userText);

inline constexpr int kMaxSearchTerms = 16;
inline constexpr int kMaxTermLength = 64;

} // namespace ad
