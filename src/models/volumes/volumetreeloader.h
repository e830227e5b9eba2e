#pragma once

#include "volumeentry.h"
#include "volumejob.h"

#include <QFuture>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace dx {

class ChunkQueue;
class EngineReply;

// Lists folders of a volume, off the UI thread, in batches, as a Job: entriesArrived() and
// foldersListed() while it runs (a folder is reported listed after all its entries), progress
// (entries, -1), then finished(count) | failed(message) | cancelled. What is listed: the
// entries of each folder in `dirs` ("" = the top), or with `recursive` every folder below
// them too. Three ways, all reporting exactly the fields a tar header carries, so they give
// identical trees:
//   remote   an exec of the helper's dx-volume-lister (VolumeHelper::Mode::Lister), which
//            prints metadata only, decoded as it arrives (VolumeListingDecoder)
//   archive  `docker cp HELPER:/v/dir -`: a tar of the whole subtree of one folder, read as
//            it arrives by TarListing (contents skipped, never buffered whole); for helpers
//            that cannot run the lister. Always recursive.
//   local    the folders walked directly (unix socket engine, the Mountpoint readable by us)
class VolumeTreeLoader final : public VolumeJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTreeLoader)

public:
    static VolumeTreeLoader *remote(DockerApi *api, const QString &helperId, const QStringList &dirs, bool recursive,
                                    QObject *parent = nullptr);
    static VolumeTreeLoader *archive(DockerApi *api, const QString &helperId, const QString &dir = {},
                                     QObject *parent = nullptr);
    static VolumeTreeLoader *local(DockerApi *api, const QString &mountpoint, const QStringList &dirs, bool recursive,
                                   QObject *parent = nullptr);
    ~VolumeTreeLoader() override;

    QStringList directories() const { return m_dirs; }
    bool isRecursive() const { return m_recursive; }

    // The whole subtree of `dir`, walked locally and synchronously (benchmarks, tests).
    static VolumeEntries listLocal(const QString &mountpoint, const QString &dir = {});
    // Lists each of `dirs` (breadth first below them with `recursive`): the same fields as
    // a tar header (size 0 for folders and links, permission bits only). onListed follows
    // the entries of each folder; a folder that cannot be read is not reported listed.
    // Returns false when onEntry asked to stop.
    static bool walkLocal(const QString &mountpoint, const QStringList &dirs, bool recursive,
                          const std::function<bool(VolumeEntry &&)> &onEntry,
                          const std::function<void(const QString &dir)> &onListed = {});

signals:
    void entriesArrived(const dx::VolumeEntries &entries);
    void foldersListed(const QStringList &dirs);

protected:
    void run() override;
    void abortWork() override;

private:
    enum class Way { Remote, Archive, Local };
    class Batcher;
    VolumeTreeLoader(DockerApi *api, Way way, const QStringList &dirs, bool recursive, QObject *parent);
    void startWorker(const std::function<QString(Batcher &)> &work);
    void post(const VolumeEntries &entries, const QStringList &listed);
    void workerDone(const QString &error);
    void startExec(const QString &execId);
    QString readExec(Batcher &batcher);
    QString readArchive(Batcher &batcher);
    QString listLocalInto(Batcher &batcher);

    Way m_way;
    QString m_helperId;
    QString m_mountpoint;
    QStringList m_dirs;
    bool m_recursive = false;
    QPointer<EngineReply> m_reply;
    std::shared_ptr<ChunkQueue> m_queue;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_future;
    bool m_workerStarted = false;
    ApiError m_httpError;
    qint64 m_count = 0;
};

} // namespace dx
