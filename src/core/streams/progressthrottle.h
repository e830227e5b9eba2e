#pragma once

#include <QElapsedTimer>

namespace dx {

// Lets a worker thread's progress through at most ten times a second, so a fast copy loop does
// not flood the receiving thread's event queue. Not thread-safe: one per loop.
class ProgressThrottle
{
public:
    ProgressThrottle() { m_timer.start(); }

    // True at most once per interval; the first call after construction waits one interval.
    bool due()
    {
        if (m_timer.elapsed() < IntervalMs)
            return false;
        m_timer.restart();
        return true;
    }

private:
    static constexpr qint64 IntervalMs = 100;
    QElapsedTimer m_timer;
};

} // namespace dx
