#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace ad {

// Every exported file is written whole or not at all (QSaveFile renames a
// finished temporary file over the target), so a crash or a full disk never
// leaves half a file where a reader expects a whole one.
class AtomicFile
{
public:
    enum class Contents
    {
        Ordinary,
        PersonalData // readable and writable by the owner only (0600)
    };

    static Status write(const QString &path, const QByteArray &bytes, Contents contents);
};

} // namespace ad
