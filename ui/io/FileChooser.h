#pragma once

#include <QString>

class QWidget;

namespace ad {

// File dialogs for import and export, with a test hook: a test cannot click a
// modal file dialog, so it queues the answer the next dialog gives instead.
class FileChooser
{
public:
    static QString openFile(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedName,
                            const QString &filter);

    // The next dialog returns `path` without showing (an empty path is "cancelled").
    static void setNextAnswerForTesting(const QString &path);
};

} // namespace ad
