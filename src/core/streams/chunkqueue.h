#pragma once

#include <QByteArray>
#include <QMutex>
#include <QQueue>
#include <QWaitCondition>

#include <functional>

namespace dx {

// Hands the chunks of a download (libcurl's write callback, on the transfer thread) to a
// consumer that pulls (libarchive's read callback, on a worker thread). It is bounded: when
// the consumer falls behind, feed() blocks, so an archive never sits whole in memory.
class ChunkQueue final
{
    Q_DISABLE_COPY_MOVE(ChunkQueue)
public:
    static constexpr qsizetype DefaultCapacity = qsizetype(8) * 1024 * 1024;

    explicit ChunkQueue(qsizetype capacityBytes = DefaultCapacity);

    // Producer. Returns false once the queue is aborted: the transfer should stop.
    bool feed(const QByteArray &chunk);
    // Never blocks (for producers on the GUI thread): Full when the chunk does not fit now;
    // the space callback then says, from the consumer's thread, when it is worth trying again.
    enum class TryResult { Fed, Full, Closed };
    TryResult tryFeed(const QByteArray &chunk);
    void setSpaceCallback(std::function<void()> callback);
    void finish(); // no more chunks

    // Consumer. Blocks until a chunk arrives; an empty result means the end (or abort).
    QByteArray take();

    // Either side: wakes everybody, later feed() fails and take() returns empty.
    void abort();
    bool isAborted() const;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    QQueue<QByteArray> m_chunks;
    qsizetype m_bytes = 0;
    qsizetype m_capacity;
    bool m_finished = false;
    bool m_aborted = false;
    bool m_wantsSpace = false;
    std::function<void()> m_spaceCallback;
};

} // namespace dx
