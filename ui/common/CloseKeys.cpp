#include "CloseKeys.h"

#include <QEvent>
#include <QKeyEvent>
#include <QShortcut>
#include <QWidget>

namespace ad {

namespace {

// Sees a key press only once it has travelled up to the window: every child on
// the way had the chance to accept it (QDialog closes on Escape the same way).
class EscapeCloses : public QObject
{
public:
    explicit EscapeCloses(QWidget *window) : QObject(window), m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
                m_window->close();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
};

} // namespace

void closeOnEscapeAndCtrlW(QWidget *window)
{
    window->installEventFilter(new EscapeCloses(window));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close);
    // Ctrl+W on every platform, once: a key bound twice would be ambiguous and do nothing.
    const QKeySequence ctrlW(Qt::CTRL | Qt::Key_W);
    if (!keys.contains(ctrlW))
        keys.prepend(ctrlW);
    auto *shortcut = new QShortcut(window);
    shortcut->setKeys(keys);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, window, &QWidget::close);
}

} // namespace ad
