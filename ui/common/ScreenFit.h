#pragma once

#include <QSize>

class QWidget;

namespace ad {

// Gives a window or dialog the size it would like, but never more than the
// screen it opens on can show with its frame: a 1180 px profile opens at
// 1024 px on a 1024×700 laptop instead of off the edge, with its buttons
// reachable.
void resizeToFitScreen(QWidget *window, QSize wanted);

// The room a window may take on the screen `window` (or its parent) is on,
// its frame and a task bar's worth of margin taken off.
QSize availableRoomFor(const QWidget *window);

} // namespace ad
