#include "FtsQuery.h"

#include <QSet>
#include <QStringList>

namespace ad {

QString ftsPrefixQuery(const QString &userText)
{
    QStringList terms;
    for (QString word : searchTerms(userText)) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QStringList searchTerms(const QString &userText)
{
    QStringList terms;
    // Control characters (a pasted NUL, an escape) separate words: SQLite's FTS5
    // parser reads the query as a C string and would stop at a NUL inside quotes
    // with "unterminated string" (found by tests/fuzz/FtsQueryFuzz).
    QString text = userText;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QSet<QString> seen;
    for (QString word : words) {
        if (terms.size() == kMaxSearchTerms)
            break;
        word.truncate(kMaxTermLength);
        if (!word.isEmpty() && word.back().isHighSurrogate())
            word.chop(1); // never half a character
        if (seen.contains(word.toCaseFolded()))
            continue;
        // Characters that are separators for the unicode61 tokenizer carry no
        // meaning in a term; a word made only of them would match nothing.
        bool hasLetterOrDigit = false;
        for (const QChar c : word)
            hasLetterOrDigit = hasLetterOrDigit || c.isLetterOrNumber();
        if (!hasLetterOrDigit)
            continue;
        seen.insert(word.toCaseFolded());
        terms << word;
    }
    return terms;
}

} // namespace ad
