#pragma once

#include "buildctx/buildevent.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <memory>

namespace dx {

class BuildStreamDecoder;

// What the decoder knows once the response ended.
struct BuildStreamSummary
{
    QString text;    // everything as `docker build` would print it
    QString imageId; // "sha256:..." or the classic builder's short id
    QString error;   // the stream's "error", verbatim
    bool buildKit = false;
};

// Decodes the body of POST /build on a thread of its own so a chatty build never
// stalls the GUI. Chunks go in by queued calls, in order; decoded events collect in a
// queue and one eventsReady() per non-empty queue tells the GUI to take() them, so a
// burst of chunks becomes a few large batches instead of a signal per chunk.
// A generation number separates consecutive builds: anything of an older one is dropped.
class BuildStreamWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildStreamWorker)

public:
    explicit BuildStreamWorker(QObject *parent = nullptr);
    ~BuildStreamWorker() override;

    // Any thread: the events decoded so far for this generation.
    QList<BuildEvent> take(quint64 generation);

public slots:
    void begin(quint64 generation);
    void feed(quint64 generation, const QByteArray &chunk);
    void end(quint64 generation);

signals:
    void eventsReady(quint64 generation);
    // After the last eventsReady() of the generation; take() its remaining events first.
    void ended(quint64 generation, const dx::BuildStreamSummary &summary);

private:
    void publish(QList<BuildEvent> events);

    std::unique_ptr<BuildStreamDecoder> m_decoder;
    quint64 m_generation = 0; // worker thread only

    QMutex m_lock; // guards the members below
    quint64 m_readyGeneration = 0;
    QList<BuildEvent> m_ready;
    bool m_signalled = false;
};

// Owns the worker's thread: starts it, and stops and joins it on destruction.
class BuildStreamThread final
{
public:
    BuildStreamThread();
    ~BuildStreamThread();
    Q_DISABLE_COPY_MOVE(BuildStreamThread)

    BuildStreamWorker *worker() const { return m_worker; }
    void begin(quint64 generation);
    void feed(quint64 generation, const QByteArray &chunk);
    void end(quint64 generation);

private:
    QThread m_thread;
    BuildStreamWorker *m_worker = nullptr;
};

} // namespace dx

Q_DECLARE_METATYPE(dx::BuildStreamSummary)
