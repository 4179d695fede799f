#pragma once

class QWidget;

namespace ad {

// Escape and Ctrl+W (and the platform's Close keys) close `window`, a window
// that is not a dialog (a profile, an account). Escape only closes when nothing
// inside used it first: an open popup or calendar, an item editor, a search
// field that clears.
void closeOnEscapeAndCtrlW(QWidget *window);

} // namespace ad
