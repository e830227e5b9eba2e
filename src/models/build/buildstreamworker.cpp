#include "buildstreamworker.h"

#include "buildctx/buildstream.h"

#include <QMutexLocker>
#include <QRegularExpression>

namespace dx {

BuildStreamWorker::BuildStreamWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<dx::BuildStreamSummary>();
    qRegisterMetaType<dx::BuildEvent>();
}

BuildStreamWorker::~BuildStreamWorker() = default;

void BuildStreamWorker::begin(quint64 generation)
{
    m_generation = generation;
    m_decoder = std::make_unique<BuildStreamDecoder>();
    const QMutexLocker lock(&m_lock);
    m_readyGeneration = generation;
    m_ready.clear();
    m_signalled = false;
}

void BuildStreamWorker::feed(quint64 generation, const QByteArray &chunk)
{
    if (generation != m_generation || !m_decoder)
        return;
    publish(m_decoder->feed(chunk));
}

void BuildStreamWorker::end(quint64 generation)
{
    if (generation != m_generation || !m_decoder)
        return;
    publish(m_decoder->finish());
    BuildStreamSummary s;
    s.text = m_decoder->text();
    s.imageId = m_decoder->imageId();
    s.error = m_decoder->errorMessage();
    s.buildKit = m_decoder->isBuildKit();
    if (s.imageId.isEmpty() && s.error.isEmpty()) {
        // The classic builder of older engines only prints "Successfully built <id>".
        static const QRegularExpression built(QStringLiteral("Successfully built ([0-9a-f]{12,64})"));
        const QRegularExpressionMatch m = built.match(s.text);
        if (m.hasMatch())
            s.imageId = m.captured(1);
    }
    m_decoder.reset();
    emit ended(generation, s);
}

void BuildStreamWorker::publish(QList<BuildEvent> events)
{
    if (events.isEmpty())
        return;
    bool notify = false;
    {
        const QMutexLocker lock(&m_lock);
        if (m_ready.isEmpty())
            m_ready = std::move(events);
        else
            m_ready += events;
        notify = !m_signalled;
        m_signalled = true;
    }
    if (notify)
        emit eventsReady(m_generation);
}

QList<BuildEvent> BuildStreamWorker::take(quint64 generation)
{
    const QMutexLocker lock(&m_lock);
    if (generation != m_readyGeneration)
        return {};
    m_signalled = false;
    return std::exchange(m_ready, {});
}

BuildStreamThread::BuildStreamThread()
    : m_worker(new BuildStreamWorker)
{
    m_thread.setObjectName(QStringLiteral("dx-build-decoder"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BuildStreamThread::~BuildStreamThread()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // the thread is gone: nothing else touches it any more
}

void BuildStreamThread::begin(quint64 generation)
{
    BuildStreamWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, generation] { w->begin(generation); }, Qt::QueuedConnection);
}

void BuildStreamThread::feed(quint64 generation, const QByteArray &chunk)
{
    BuildStreamWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, generation, chunk] { w->feed(generation, chunk); }, Qt::QueuedConnection);
}

void BuildStreamThread::end(quint64 generation)
{
    BuildStreamWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, generation] { w->end(generation); }, Qt::QueuedConnection);
}

} // namespace dx
