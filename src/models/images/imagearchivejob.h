#pragma once

#include "api/apiresult.h"
#include "api/commandrecord.h"
#include "api/job.h"

#include <QFuture>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

namespace dx {

class ChunkQueue;
class DockerApi;
class EngineReply;
class PipeBodySource;

// Images to a file and back, for a room without internet (`docker save -o FILE IMAGE...`,
// `docker load -i FILE`), as one Job: progress(bytes, expected), then finished | failed |
// cancelled. The tar streams through a bounded queue or pipe and a worker thread does the file
// I/O (and gzip for .tar.gz / .tgz), so neither the GUI thread nor memory holds an image.
// A save writes through QSaveFile: the file appears only once it is complete, so a save that
// fails or is cancelled leaves nothing behind (an existing file stays as it was).
class ImageArchiveJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageArchiveJob)

public:
    enum class Kind { Save, Load };

    // `expectedBytes`: the images' size, for the progress (-1: unknown).
    static ImageArchiveJob *save(DockerApi *api, const QStringList &images, const QString &file, qint64 expectedBytes = -1,
                                 QObject *parent = nullptr);
    // A plain or gzip-compressed tar; the engine tells which.
    static ImageArchiveJob *load(DockerApi *api, const QString &file, QObject *parent = nullptr);
    ~ImageArchiveJob() override;

    static bool isGzipName(const QString &file);

    Kind kind() const { return m_kind; }
    QString file() const { return m_file; }
    QStringList images() const { return m_images; }
    // Load: what the engine says it loaded (repo:tag, or the ids of images without a name).
    QStringList loaded() const { return m_loaded; }

protected:
    void run() override;
    void abortWork() override;

private:
    ImageArchiveJob(DockerApi *api, Kind kind, const QString &title, QObject *parent);
    void runSave();
    void runLoad();
    // Both halves (the request and the worker) report here; the job ends after the second.
    void stepDone();
    void stopTransfers();

    QPointer<DockerApi> m_api;
    Kind m_kind;
    QStringList m_images;
    QString m_file;
    qint64 m_expected = -1;
    QPointer<EngineReply> m_reply;
    std::shared_ptr<ChunkQueue> m_queue;
    std::shared_ptr<PipeBodySource> m_body;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_future;
    ApiError m_httpError;
    QString m_engineError; // a load the engine refused inside its 200 answer
    QStringList m_loaded;
    int m_stepsLeft = 0;
    bool m_workerOk = false;
    QString m_workerMessage;
};

} // namespace dx
