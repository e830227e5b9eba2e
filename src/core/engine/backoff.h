#pragma once

#include <QtGlobal>

namespace dx {

// Delays between attempts to re-open something that keeps failing: first, doubling up to
// max; reset() once an attempt has shown that things work again.
class Backoff final
{
public:
    explicit Backoff(int firstMs = 250, int maxMs = 10000)
        : m_first(firstMs)
        , m_max(maxMs)
    {
    }

    // The delay before the next attempt; each call doubles the one after it.
    int next()
    {
        const int delay = m_next > 0 ? m_next : m_first;
        m_next = delay >= m_max / 2 ? m_max : delay * 2;
        ++m_attempts;
        return qMin(delay, m_max);
    }
    void reset()
    {
        m_next = 0;
        m_attempts = 0;
    }
    // Attempts since the last reset.
    int attempts() const { return m_attempts; }

private:
    int m_first;
    int m_max;
    int m_next = 0;
    int m_attempts = 0;
};

} // namespace dx
