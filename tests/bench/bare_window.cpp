// The start-up baseline: a bare QMainWindow, shown, painted once and closed —
// what `advocatedesk --quit-after-first-paint` does with the real window.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &app, [&window] {
        window.repaint();
        QApplication::quit();
    });
    return app.exec();
}
