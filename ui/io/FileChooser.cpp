#include "FileChooser.h"

#include "common/ErrorMessage.h"
#include "io/UserFile.h"

#include <QDir>
#include <QFileDialog>
#include <optional>

namespace ad {

namespace {

std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

std::optional<QString> takeAnswer()
{
    return std::exchange(nextAnswer(), std::nullopt);
}

} // namespace

QString FileChooser::openFile(QWidget *parent, const QString &caption, const QString &filter)
{
    if (std::optional<QString> answer = takeAnswer())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, QDir::homePath(), filter);
}

QString FileChooser::saveFile(QWidget *parent, const QString &caption, const QString &suggestedName,
                              const QString &filter)
{
    QString suggestion = QDir::home().filePath(suggestedName);
    for (;;) {
        const std::optional<QString> answer = takeAnswer();
        const QString path =
            answer ? *answer : QFileDialog::getSaveFileName(parent, caption, suggestion, filter);
        if (path.isEmpty())
            return {};
        // Said before any work is done: the open database, its log or its
        // backups (whatever name or link points there) are never an output.
        const Status writable = UserFile::checkWritable(path);
        if (writable)
            return path;
        showError(parent, caption, writable.error());
        if (answer)
            return {}; // a test's answer is not asked again
        suggestion = path;
    }
}

void FileChooser::setNextAnswerForTesting(const QString &path)
{
    nextAnswer() = path;
}

} // namespace ad
