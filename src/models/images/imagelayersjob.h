#pragma once

#include "api/apiresult.h"
#include "api/commandrecord.h"
#include "api/job.h"
#include "streams/imagelayers.h"

#include <QFuture>
#include <QPointer>

#include <atomic>
#include <memory>

namespace dx {

class ChunkQueue;
class DockerApi;
class EngineReply;
struct ImageLayersResult;

// Reads what each layer of an image holds (ImageLayerAnalyser) from the engine's `docker save`
// stream, as a Job: progress(bytes read, expected bytes), then finished(ImageLayersReport) |
// failed(message) | cancelled. The stream goes through a bounded queue to a worker thread,
// so neither the GUI thread nor memory ever holds the image; cancel() aborts the transfer and
// the worker. An image the engine does not know fails with imageMissing() set.
class ImageLayersJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLayersJob)

public:
    // `expectedBytes`: the image's size for the progress (-1: unknown).
    ImageLayersJob(DockerApi *api, const QString &image, qint64 expectedBytes = -1,
                   const CallContext &context = CallContext::internal(), QObject *parent = nullptr);
    ~ImageLayersJob() override;

    QString image() const { return m_image; }
    ImageLayersReport report() const { return m_report; }
    bool imageMissing() const { return m_missing; }

protected:
    void run() override;
    void abortWork() override;

private:
    void workerDone(const ImageLayersResult &result);

    QPointer<DockerApi> m_api;
    QString m_image;
    qint64 m_expected;
    CallContext m_context;
    QPointer<EngineReply> m_reply;
    std::shared_ptr<ChunkQueue> m_queue;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_future;
    ApiError m_httpError;
    ImageLayersReport m_report;
    bool m_missing = false;
};

} // namespace dx
