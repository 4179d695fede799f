#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace ad {

class Database;

// Notices what other programs do to the open file, cheaply: every interval it
// reads PRAGMA data_version (one integer, no table scan), which changes when
// another connection commits, and checks that the file at the path is still the
// one that was opened.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 1500;

    // `current` gives the database open now (the window may switch files).
    ExternalChangeWatcher(std::function<Database *()> current, QObject *parent, int intervalMs = kDefaultIntervalMs);

    // One check now (the timer calls this).
    void poll();

signals:
    // Another program committed to the open file: reload what is shown.
    void changedElsewhere();
    // The file was removed or replaced; emitted once per opened file.
    void fileLost(const QString &message);

private:
    std::function<Database *()> m_current;
    QTimer *m_timer;
    const Database *m_watched = nullptr;
    qint64 m_version = -1;
    bool m_lostReported = false;
};

} // namespace ad
