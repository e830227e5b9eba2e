#include "pipebodysource.h"

#include <cstring>

namespace dx {

PipeBodySource::PipeBodySource(qsizetype capacity)
    : m_capacity(capacity)
{
}

bool PipeBodySource::write(const char *data, qsizetype size)
{
    bool wake = false;
    {
        QMutexLocker lock(&m_mutex);
        while (!m_cancelled && m_buffer.size() >= m_capacity)
            m_notFull.wait(&m_mutex);
        if (m_cancelled)
            return false;
        m_buffer.append(data, size);
        wake = m_readerWaiting;
        m_readerWaiting = false;
    }
    if (wake)
        wakeUp();
    return true;
}

void PipeBodySource::finish(const QString &error)
{
    {
        QMutexLocker lock(&m_mutex);
        m_finished = true;
        m_error = error;
        m_readerWaiting = false;
    }
    wakeUp();
}

qint64 PipeBodySource::read(char *buffer, qint64 maxSize)
{
    QMutexLocker lock(&m_mutex);
    if (m_cancelled)
        return Failed;
    if (m_buffer.isEmpty()) {
        if (m_finished)
            return m_error.isEmpty() ? 0 : Failed;
        m_readerWaiting = true;
        return WouldBlock;
    }
    const qint64 n = qMin<qint64>(maxSize, m_buffer.size());
    std::memcpy(buffer, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, qsizetype(n));
    m_notFull.wakeAll();
    return n;
}

QString PipeBodySource::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void PipeBodySource::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    m_notFull.wakeAll();
}

} // namespace dx
