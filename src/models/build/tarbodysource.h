#pragma once

#include "buildctx/buildcontext.h"
#include "engine/enginerequest.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace dx {

// The build context as a streamed request body: a producer thread runs ContextTarWriter
// into a bounded ring buffer that the engine thread drains through read(). The buffer
// bound keeps a multi-GB context out of memory; the producer simply waits while the
// engine (or the daemon) is slower than the disk.
class TarBodySource final : public BodySource
{
public:
    using Progress = std::function<void(qint64 bytes, qint64 files)>;

    explicit TarBodySource(ContextScan scan, qint64 capacity = 4 * 1024 * 1024);
    ~TarBodySource() override;
    Q_DISABLE_COPY_MOVE(TarBodySource)

    // Starts the producer thread. progress is called on that thread.
    void start(Progress progress = {});

    qint64 read(char *buffer, qint64 maxSize) override;
    QString errorString() const override;
    void cancel() override;

    qint64 capacity() const { return m_capacity; }
    qint64 highWater() const; // the most bytes ever buffered at once (for tests)
    bool isCanceled() const { return m_cancel.load(); }

private:
    void produce(Progress progress);
    bool push(const char *data, qint64 size);

    const ContextScan m_scan;
    const qint64 m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_spaceFree;
    QByteArray m_ring;
    qint64 m_head = 0;  // next byte to read
    qint64 m_fill = 0;  // bytes buffered
    qint64 m_highWater = 0;
    bool m_done = false;
    bool m_failed = false;
    bool m_wantWake = false;
    QString m_error;
    std::atomic<bool> m_cancel{false};
    std::thread m_thread;
};

} // namespace dx
