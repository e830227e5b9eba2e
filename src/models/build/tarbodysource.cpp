#include "tarbodysource.h"

#include "buildctx/contexttarwriter.h"

#include <cstring>

namespace dx {

TarBodySource::TarBodySource(ContextScan scan, qint64 capacity)
    : m_scan(std::move(scan))
    , m_capacity(qMax<qint64>(capacity, 64 * 1024))
{
    m_ring.resize(m_capacity);
}

TarBodySource::~TarBodySource()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void TarBodySource::start(Progress progress)
{
    m_thread = std::thread([this, progress = std::move(progress)] { produce(progress); });
}

void TarBodySource::produce(Progress progress)
{
    ContextTarWriter writer(m_scan);
    writer.setCancelFlag(&m_cancel);
    if (progress)
        writer.setProgressCallback(progress);
    const bool ok = writer.write([this](const char *data, qint64 size) { return push(data, size); });
    bool wake = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
        if (!ok) {
            m_failed = true;
            m_error = writer.errorString();
        }
        wake = m_wantWake;
        m_wantWake = false;
    }
    if (wake)
        wakeUp();
}

bool TarBodySource::push(const char *data, qint64 size)
{
    while (size > 0) {
        bool wake = false;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_spaceFree.wait(lock, [this] { return m_fill < m_capacity || m_cancel.load(); });
            if (m_cancel.load())
                return false;
            const qint64 tail = (m_head + m_fill) % m_capacity;
            const qint64 n = qMin(size, qMin(m_capacity - m_fill, m_capacity - tail));
            std::memcpy(m_ring.data() + tail, data, size_t(n));
            m_fill += n;
            m_highWater = qMax(m_highWater, m_fill);
            data += n;
            size -= n;
            wake = m_wantWake;
            m_wantWake = false;
        }
        if (wake)
            wakeUp();
    }
    return true;
}

qint64 TarBodySource::read(char *buffer, qint64 maxSize)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_fill == 0) {
        if (m_done)
            return m_failed ? Failed : 0;
        m_wantWake = true; // the producer wakes the engine once it has pushed more
        return WouldBlock;
    }
    qint64 copied = 0;
    while (copied < maxSize && m_fill > 0) {
        const qint64 n = qMin(maxSize - copied, qMin(m_fill, m_capacity - m_head));
        std::memcpy(buffer + copied, m_ring.constData() + m_head, size_t(n));
        m_head = (m_head + n) % m_capacity;
        m_fill -= n;
        copied += n;
    }
    m_spaceFree.notify_one();
    return copied;
}

QString TarBodySource::errorString() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

void TarBodySource::cancel()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancel.store(true);
    }
    m_spaceFree.notify_all();
}

qint64 TarBodySource::highWater() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_highWater;
}

} // namespace dx
