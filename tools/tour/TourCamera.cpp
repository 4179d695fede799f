#include "TourCamera.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QThread>
#include <QWidget>

#include <cstdio>

namespace ad {

void settle(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (done && !done() && timer.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    if (done && !done())
        std::fprintf(stderr, "advocatedesk-tour: still loading after %d ms; taking the picture anyway\n", timeoutMs);
    // Layouts, lazy pages and delegates settle over a few passes.
    QElapsedTimer paint;
    paint.start();
    while (paint.elapsed() < 300) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

TourCamera::TourCamera(const QString &folder) : m_folder(folder), m_manifest(folder + QStringLiteral("/manifest.tsv"))
{
    if (!QDir().mkpath(folder) || !m_manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::fprintf(stderr, "advocatedesk-tour: cannot write into %s\n", qPrintable(folder));
}

void TourCamera::shoot(QWidget *widget, const QString &name, const QString &title)
{
    const QString file = QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name);
    const QPixmap picture = widget->grab();
    if (picture.isNull() || !picture.save(m_folder + QLatin1Char('/') + file)) {
        std::fprintf(stderr, "advocatedesk-tour: could not save %s\n", qPrintable(file));
        ++m_failures;
        return;
    }
    m_manifest.write(QStringLiteral("%1\t%2\t%3\t%4\n")
                         .arg(file, title)
                         .arg(picture.width())
                         .arg(picture.height())
                         .toUtf8());
    m_manifest.flush();
}

} // namespace ad
