#pragma once

#include <QApplication>
#include <QTimer>

#include <functional>

namespace ad::test {

// Once a modal dialog of type T is up (it runs its own event loop), `act` on
// it: create one before the call that opens the dialog.
template <typename T> class OnModal
{
public:
    explicit OnModal(std::function<void(T *)> act)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this, act = std::move(act)] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_seen = true;
                act(dialog);
            }
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    QTimer m_timer;
    bool m_seen = false;
};

} // namespace ad::test
