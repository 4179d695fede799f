#include "ExternalChangeWatcher.h"

#include "storage/Database.h"

#include <QTimer>

namespace ad {

ExternalChangeWatcher::ExternalChangeWatcher(std::function<Database *()> current, QObject *parent, int intervalMs)
    : QObject(parent), m_current(std::move(current)), m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::poll);
    m_timer->start();
}

void ExternalChangeWatcher::poll()
{
    const Database *db = m_current();
    if (!db)
        return;
    if (db != m_watched) {
        // Another file was opened: start from its present state.
        m_watched = db;
        m_version = db->dataVersion();
        m_lostReported = false;
        return;
    }
    if (!m_lostReported) {
        const QString lost = db->fileReplacedMessage();
        if (!lost.isEmpty()) {
            m_lostReported = true;
            emit fileLost(lost);
            return;
        }
    }
    const qint64 version = db->dataVersion();
    if (version >= 0 && version != m_version) {
        m_version = version;
        emit changedElsewhere();
    }
}

} // namespace ad
