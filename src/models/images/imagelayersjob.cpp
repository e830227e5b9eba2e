#include "imagelayersjob.h"

#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "session/replyqueue.h"
#include "streams/chunkqueue.h"
#include "streams/imagelayeranalyser.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace dx {

namespace {
// Enough to keep the worker busy while the engine sends the next chunks; the feeder pauses
// the transfer when it is full, so memory stays flat whatever the image's size.
constexpr qsizetype QueueCapacity = qsizetype(8) * 1024 * 1024;
} // namespace

ImageLayersJob::ImageLayersJob(DockerApi *api, const QString &image, qint64 expectedBytes, const CallContext &context,
                               QObject *parent)
    : Job(tr("Read the layers of %1").arg(image), parent)
    , m_api(api)
    , m_image(image)
    , m_expected(expectedBytes)
    , m_context(context)
{
    qRegisterMetaType<ImageLayersReport>();
    if (api)
        api->trackJob(this);
}

ImageLayersJob::~ImageLayersJob()
{
    m_cancel->store(true);
    if (m_queue)
        m_queue->abort();
    if (m_reply)
        m_reply->abort();
    m_future.waitForFinished(); // the worker stops at its next chunk: flag set, queue aborted
}

void ImageLayersJob::run()
{
    if (!m_api) {
        fail(tr("Not connected to an engine."));
        return;
    }
    m_queue = std::make_shared<ChunkQueue>(QueueCapacity);
    m_reply = m_api->images().save({m_image}, m_context);
    feedReplyToQueue(m_reply, m_queue, this, &m_httpError);
    m_future = QtConcurrent::run([this, queue = m_queue, cancel = m_cancel, expected = m_expected] {
        ImageLayerAnalyser analyser;
        analyser.setCancelFlag(cancel.get());
        QElapsedTimer throttle;
        throttle.start();
        analyser.setProgressCallback([&](qint64 bytes) {
            if (throttle.elapsed() < 100)
                return;
            throttle.restart();
            QMetaObject::invokeMethod(this, [this, bytes, expected] {
                reportProgress(bytes, expected > 0 ? qMax(bytes, expected) : -1);
            }, Qt::QueuedConnection);
        });
        const ImageLayersResult result = analyser.analyse(queue.get());
        if (result.ok()) {
            // The end of the tar (a few hundred bytes after manifest.json) is read, so the
            // request ends as done rather than cut.
            while (!queue->take().isEmpty()) {
            }
        } else {
            queue->abort(); // the rest is not wanted: the transfer stops
        }
        QMetaObject::invokeMethod(this, [this, result] { workerDone(result); }, Qt::QueuedConnection);
    });
}

void ImageLayersJob::workerDone(const ImageLayersResult &result)
{
    if (result.cancelled || m_cancel->load()) {
        confirmCancelled();
    } else if (!m_httpError.isNone()) {
        m_missing = m_httpError.isNotFound();
        fail(m_missing ? tr("No such image: %1").arg(m_image) : m_httpError.message);
    } else if (!result.ok()) {
        fail(result.error);
    } else {
        m_report = result.report;
        reportProgress(done(), done());
        succeed(QVariant::fromValue(m_report));
    }
}

void ImageLayersJob::abortWork()
{
    m_cancel->store(true);
    if (m_queue)
        m_queue->abort();
    if (m_reply)
        m_reply->abort();
    // The ending follows once the worker has stopped (workerDone).
}

} // namespace dx
