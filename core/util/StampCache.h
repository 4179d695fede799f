#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QString>

namespace ad {

// The clock's "now" in its stored form (time::toStorage), formatted again only
// when the clock has moved: a batch writing thousands of rows asks for it once per
// row, and formatting costs more than reading the clock.
class StampCache
{
public:
    explicit StampCache(const Clock &clock) : m_clock(clock) {}
    const QString &now();

private:
    const Clock &m_clock;
    QDateTime m_last;
    QString m_lastText;
};

} // namespace ad
