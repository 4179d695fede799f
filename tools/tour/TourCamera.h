#pragma once

#include <QFile>
#include <QString>

#include <functional>

class QWidget;

namespace ad {

// Spins the event loop until `done` says so (or 30 s pass), then a little
// longer for what the change repaints; an empty `done` waits only for that.
void settle(const std::function<bool()> &done, int timeoutMs = 30000);

// Saves widgets as numbered PNGs in a folder, with a manifest line each
// ("file<TAB>title<TAB>width<TAB>height") for the index page.
class TourCamera
{
public:
    explicit TourCamera(const QString &folder);

    bool ready() const { return m_manifest.isOpen(); }
    void shoot(QWidget *widget, const QString &name, const QString &title);
    int failures() const { return m_failures; }

private:
    QString m_folder;
    QFile m_manifest;
    int m_count = 0;
    int m_failures = 0;
};

} // namespace ad
