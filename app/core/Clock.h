#pragma once

#include <QDateTime>

#include <atomic>

namespace casedesk {

// The time CaseDesk goes by. The computer's clock by default; a test sets its own (a day in
// June, an hour later) instead of waiting for it. Read from several threads (the window's and
// the sync engine's), so a set clock is atomic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); } // UTC
    static const Clock &system()
    {
        static const Clock clock;
        return clock;
    }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &now) : m_msecs(now.toMSecsSinceEpoch()) { }
    QDateTime now() const override
    {
        return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), Qt::UTC);
    }
    void set(const QDateTime &now) { m_msecs = now.toMSecsSinceEpoch(); }
    void advance(qint64 seconds) { m_msecs += seconds * 1000; }

private:
    std::atomic<qint64> m_msecs;
};

} // namespace casedesk
