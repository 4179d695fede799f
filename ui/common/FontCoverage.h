#pragma once

#include <QString>
#include <QStringList>

namespace ad {

// Whether the installed fonts can show the programme's names: Chinese names
// (吳欣怡) show as empty boxes on a system without a CJK font.
class FontCoverage
{
public:
    // The scripts among `samples` that no installed font covers, as names a
    // person reads ("Chinese"). `samples` are names or other texts to show.
    static QStringList missingScripts(const QStringList &samples);

    // A sentence saying what is missing and what to install, or empty.
    static QString warning(const QStringList &samples);
};

} // namespace ad
