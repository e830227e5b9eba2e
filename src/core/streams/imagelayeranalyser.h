#pragma once

#include "imagelayers.h"

#include <atomic>
#include <functional>

class QIODevice;

namespace dx {

class ChunkQueue;

struct ImageLayersResult
{
    ImageLayersReport report;
    QString error;           // empty on success; translated
    qint64 errorOffset = -1; // bytes of the stream read when the error happened
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Reads an image as `docker save` writes it (GET /images/{name}/get) while it arrives, and
// reports what each of its filesystem layers did to the files. Every layer is a tar inside the
// outer tar; it is listed as the outer tar's entry streams by (nested libarchive readers, one
// chunk held at a time), file contents are skipped. manifest.json comes last in the stream, so
// the listings are kept (names and sizes only) until it says the order of the layers.
// Both the classic layout (<id>/layer.tar, <config>.json) and the OCI one (blobs/sha256/...)
// are read; a saved file of several images is read for the first image of its manifest.
class ImageLayerAnalyser final
{
    Q_DISABLE_COPY_MOVE(ImageLayerAnalyser)
public:
    ImageLayerAnalyser() = default;

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Called with the bytes of the stream read so far, often (throttle on the other side).
    void setProgressCallback(std::function<void(qint64)> callback) { m_progress = std::move(callback); }

    ImageLayersResult analyse(QIODevice *device);
    ImageLayersResult analyse(ChunkQueue *queue);

private:
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(qint64)> m_progress;
};

} // namespace dx
