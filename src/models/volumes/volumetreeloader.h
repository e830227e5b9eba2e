#pragma once

#include "volumeentry.h"
#include "volumejob.h"

#include <QFuture>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace dx {

class ChunkQueue;
class EngineReply;

// Lists a folder of a volume and everything below it, off the UI thread, in batches, as a
// Job: entriesArrived() batches and progress(entries, -1) while it runs, then finished(count)
// | failed(message) | cancelled. Remote: `docker cp HELPER:/v/dir -` streams a tar of the
// subtree, which TarListing reads as it arrives (contents skipped, never buffered whole).
// Local (unix socket engine and the volume's Mountpoint readable by us): the folder is walked
// directly, reporting exactly the fields a tar header would carry, so both give identical trees.
class VolumeTreeLoader final : public VolumeJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTreeLoader)

public:
    static VolumeTreeLoader *remote(DockerApi *api, const QString &helperId, const QString &dir = {},
                                    QObject *parent = nullptr);
    static VolumeTreeLoader *local(DockerApi *api, const QString &mountpoint, const QString &dir = {},
                                   QObject *parent = nullptr);
    ~VolumeTreeLoader() override;

    QString directory() const { return m_dir; }

    // The same walk a local load does, synchronously (benchmarks, tests).
    static VolumeEntries listLocal(const QString &mountpoint, const QString &dir = {});
    // Same fields as a tar header: size 0 for folders and links, permission bits only.
    static void walkLocal(const QString &mountpoint, const QString &dir,
                          const std::function<bool(VolumeEntry &&)> &onEntry);

signals:
    void entriesArrived(const dx::VolumeEntries &entries);

protected:
    void run() override;
    void abortWork() override;

private:
    class Batcher;
    VolumeTreeLoader(DockerApi *api, const QString &dir, QObject *parent);
    void startWorker(const std::function<QString(Batcher &)> &work);
    void post(const VolumeEntries &entries);
    void workerDone(const QString &error);
    QString listRemote(Batcher &batcher);
    QString listLocalInto(Batcher &batcher);

    QString m_helperId; // empty: local
    QString m_mountpoint;
    QString m_dir;
    QPointer<EngineReply> m_reply;
    std::shared_ptr<ChunkQueue> m_queue;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_future;
    ApiError m_httpError;
    qint64 m_count = 0;
};

} // namespace dx
