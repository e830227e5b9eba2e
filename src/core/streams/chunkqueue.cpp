#include "chunkqueue.h"

#include <QMutexLocker>

namespace dx {

ChunkQueue::ChunkQueue(qsizetype capacityBytes)
    : m_capacity(capacityBytes > 0 ? capacityBytes : DefaultCapacity)
{
}

bool ChunkQueue::feed(const QByteArray &chunk)
{
    QMutexLocker locker(&m_mutex);
    // A chunk larger than the capacity still goes in once the queue is empty.
    while (!m_aborted && m_bytes > 0 && m_bytes + chunk.size() > m_capacity)
        m_notFull.wait(&m_mutex);
    if (m_aborted || m_finished)
        return false;
    if (!chunk.isEmpty()) {
        m_chunks.enqueue(chunk);
        m_bytes += chunk.size();
        m_notEmpty.wakeOne();
    }
    return true;
}

ChunkQueue::TryResult ChunkQueue::tryFeed(const QByteArray &chunk)
{
    QMutexLocker locker(&m_mutex);
    if (m_aborted || m_finished)
        return TryResult::Closed;
    if (m_bytes > 0 && m_bytes + chunk.size() > m_capacity) {
        m_wantsSpace = true;
        return TryResult::Full;
    }
    if (!chunk.isEmpty()) {
        m_chunks.enqueue(chunk);
        m_bytes += chunk.size();
        m_notEmpty.wakeOne();
    }
    return TryResult::Fed;
}

void ChunkQueue::setSpaceCallback(std::function<void()> callback)
{
    QMutexLocker locker(&m_mutex);
    m_spaceCallback = std::move(callback);
}

void ChunkQueue::finish()
{
    QMutexLocker locker(&m_mutex);
    m_finished = true;
    m_notEmpty.wakeAll();
}

QByteArray ChunkQueue::take()
{
    QMutexLocker locker(&m_mutex);
    while (!m_aborted && m_chunks.isEmpty() && !m_finished)
        m_notEmpty.wait(&m_mutex);
    if (m_aborted || m_chunks.isEmpty())
        return {};
    QByteArray chunk = m_chunks.dequeue();
    m_bytes -= chunk.size();
    m_notFull.wakeAll();
    // Wake a non-blocking producer once half the room is free, not for every chunk.
    if (m_wantsSpace && m_bytes <= m_capacity / 2 && m_spaceCallback) {
        m_wantsSpace = false;
        const std::function<void()> callback = m_spaceCallback;
        locker.unlock();
        callback();
    }
    return chunk;
}

void ChunkQueue::abort()
{
    QMutexLocker locker(&m_mutex);
    m_aborted = true;
    m_notEmpty.wakeAll();
    m_notFull.wakeAll();
}

bool ChunkQueue::isAborted() const
{
    QMutexLocker locker(&m_mutex);
    return m_aborted;
}

} // namespace dx
