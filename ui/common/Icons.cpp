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
    // Built from pixmaps: an SVG-engine icon would ignore an added Selected
    // pixmap and fade the normal one instead.
    const QIcon source(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    const QColor selected = QApplication::palette().color(QPalette::HighlightedText);
    QIcon icon;
    for (int side : {16, 20, 22, 24, 32, 40, 44, 48, 64, 96}) {
        const QSize size(side, side);
        icon.addPixmap(source.pixmap(size), QIcon::Normal);
        icon.addPixmap(tinted(source, size, selected), QIcon::Selected);
    }
    return icon;
}

} // namespace ad
