#include "PageTitle.h"

#include <QLabel>

namespace ad {

QLabel *makePageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    title->setAccessibleName(text);
    return title;
}

} // namespace ad
