#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace ad {

namespace {

// Title bar and borders of a typical window manager, which availableGeometry()
// does not count for a window not yet shown.
constexpr QSize kFrameAllowance(16, 40);

const QScreen *screenOf(const QWidget *window)
{
    for (const QWidget *widget = window; widget; widget = widget->parentWidget())
        if (widget->isVisible() && widget->screen())
            return widget->screen();
    return window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
}

} // namespace

QSize availableRoomFor(const QWidget *window)
{
    const QScreen *screen = screenOf(window);
    if (!screen)
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    return (screen->availableGeometry().size() - kFrameAllowance).expandedTo(QSize(320, 240));
}

void resizeToFitScreen(QWidget *window, QSize wanted)
{
    window->resize(wanted.boundedTo(availableRoomFor(window)));
}

} // namespace ad
