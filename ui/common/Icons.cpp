#include "Icons.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace ad {

namespace {

QPixmap tinted(const QIcon &source, const QSize &size, const QColor &colour)
{
    QPixmap pixmap = source.pixmap(size);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), colour);
    return pixmap;
}

} // namespace

QIcon themedIcon(const char *name)
{
    const QIcon source(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    QIcon icon = source;
    const QColor selected = QApplication::palette().color(QPalette::HighlightedText);
    for (int side : {16, 20, 22, 24, 32})
        icon.addPixmap(tinted(source, QSize(side, side), selected), QIcon::Selected);
    return icon;
}

} // namespace ad
