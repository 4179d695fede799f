#include "FileChooser.h"

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
    if (std::optional<QString> answer = takeAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, QDir::home().filePath(suggestedName), filter);
}

void FileChooser::setNextAnswerForTesting(const QString &path)
{
    nextAnswer() = path;
}

} // namespace ad
