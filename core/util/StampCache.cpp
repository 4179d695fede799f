#include "StampCache.h"

#include "TimeFormat.h"

namespace ad {

const QString &StampCache::now()
{
    const QDateTime now = m_clock.now();
    if (now != m_last || m_lastText.isEmpty()) {
        m_last = now;
        m_lastText = time::toStorage(now);
    }
    return m_lastText;
}

} // namespace ad
