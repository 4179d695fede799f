#pragma once

#include <QDateTime>

namespace ad {

// "Now" for every rule and every timestamp. Tests and the demo generator pin it,
// because the programme rules are all about days and windows.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &at) : m_at(at.toUTC()) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_at = m_at.addSecs(seconds); }
    void advanceDays(int days) { m_at = m_at.addDays(days); }

private:
    QDateTime m_at;
};

} // namespace ad
