#include "FtsQuery.h"

#include <QStringList>

namespace ad {

QString ftsPrefixQuery(const QString &userText)
{
    QStringList terms;
    const QStringList words = userText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        // Characters that are separators for the unicode61 tokenizer carry no
        // meaning in a term; a word made only of them would match nothing.
        bool hasLetterOrDigit = false;
        for (const QChar c : word)
            hasLetterOrDigit = hasLetterOrDigit || c.isLetterOrNumber();
        if (!hasLetterOrDigit)
            continue;
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace ad
