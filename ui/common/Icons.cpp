#include "Icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>

namespace ad {

namespace {

// Renders the SVG only at the sizes somebody asks for, when they ask: a window
// has a few dozen icons, and drawing each at every size up front cost more
// than the rest of start-up. The selected mode is the normal pixmap tinted in
// the highlighted-text colour (an SVG-engine icon would fade it instead).
class TintedSvgIconEngine final : public QIconEngine
{
public:
    TintedSvgIconEngine(const QString &path, const QColor &selected) : m_source(path), m_selected(selected) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize pixels = size * scale;
        const quint64 key = (quint64(pixels.width()) << 40) | (quint64(pixels.height()) << 16) |
                            (quint64(mode) << 4) | quint64(state);
        if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
            return *cached;
        const bool selected = mode == QIcon::Selected;
        QPixmap pixmap = m_source.pixmap(pixels, selected ? QIcon::Normal : mode, state);
        if (selected) {
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), m_selected);
        }
        pixmap.setDevicePixelRatio(scale);
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    bool isNull() override { return m_source.isNull(); }
    QIconEngine *clone() const override { return new TintedSvgIconEngine(*this); }
    QString key() const override { return QStringLiteral("ad-tinted-svg"); }

private:
    QIcon m_source;
    QColor m_selected;
    QHash<quint64, QPixmap> m_cache;
};

} // namespace

QIcon themedIcon(const char *name)
{
    return QIcon(new TintedSvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)),
                                         QApplication::palette().color(QPalette::HighlightedText)));
}

} // namespace ad
