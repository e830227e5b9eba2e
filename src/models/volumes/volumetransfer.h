#pragma once

#include "volumehelper.h"
#include "volumejob.h"

#include <QFuture>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace dx {

class ChunkQueue;
class EngineReply;
class PipeBodySource;
struct ContainerPathStat;

// One download, upload or "new folder" between this computer and a volume, through the
// helper container's archive endpoint, as a Job: progress(done, total) while it runs, then
// finished(message) | failed(message) | cancelled. cancel() aborts the HTTP transfer and
// stops the worker. There is no limit on the whole transfer (a download may take an hour):
// the archive requests are Bulk requests, cut only when nothing moves.
// Downloads are written by SafeExtractor: nothing of the (untrusted) archive lands outside
// the chosen folder, and what it refuses is listed in refusals().
class VolumeTransfer final : public VolumeJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTransfer)

public:
    enum class Kind { Download, Upload, CreateFolder };

    // `overwrite` only after the user said yes; `expectedBytes` (-1 unknown) for progress.
    static VolumeTransfer *download(DockerApi *api, const QString &helperId, const QString &volumePath,
                                    const QString &targetDir, bool overwrite, qint64 expectedBytes = -1,
                                    QObject *parent = nullptr);
    static VolumeTransfer *upload(DockerApi *api, const QString &helperId, const QString &volumeDir,
                                  const QStringList &localPaths, QObject *parent = nullptr);
    static VolumeTransfer *createFolder(DockerApi *api, const QString &helperId, const QString &volumeDir,
                                        const QString &name, QObject *parent = nullptr);
    ~VolumeTransfer() override;

    Kind kind() const { return m_kind; }
    QStringList refusals() const { return m_refusals; }
    // Failed only because entries were refused; everything else was written.
    bool refusedOnly() const { return m_refusedOnly; }

    // HEAD .../archive: nullopt (and no error) when the path does not exist. Plumbing.
    // `root` as in VolumeJob::setRoot() (the helper's /v by default).
    static void stat(DockerApi *api, QObject *context, const QString &helperId, const QString &volumePath,
                     const std::function<void(const std::optional<ContainerPathStat> &, const QString &error)> &done,
                     const QString &root = QString::fromLatin1(VolumeHelper::MountPoint));

    // Which of `localPaths` an upload into `dir` would replace (PUT .../archive replaces without
    // asking): one HEAD per top-level name, then done(existing, error) once, with the paths in
    // `dir` (as joinVolumePath() writes them) that exist. Plumbing; `root` as in stat().
    static void existingTargets(DockerApi *api, QObject *context, const QString &helperId, const QString &dir,
                                const QStringList &localPaths,
                                const std::function<void(const QStringList &existing, const QString &error)> &done,
                                const QString &root = QString::fromLatin1(VolumeHelper::MountPoint));

protected:
    void run() override;
    void abortWork() override;

private:
    VolumeTransfer(DockerApi *api, Kind kind, const QString &title, QObject *parent);
    void runDownload();
    void runUpload();
    void runCreateFolder();
    void uploadStepDone();

    Kind m_kind;
    QString m_helperId;
    QString m_volumePath; // download: the entry; upload, new folder: the folder
    QString m_targetDir;
    QStringList m_localPaths;
    QString m_name;
    bool m_overwrite = false;
    qint64 m_expectedBytes = -1;

    QPointer<EngineReply> m_reply;
    std::shared_ptr<ChunkQueue> m_queue;
    std::shared_ptr<PipeBodySource> m_body;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_future;
    QStringList m_refusals;
    bool m_refusedOnly = false;
    ApiError m_httpError;
    bool m_httpDone = false;
    bool m_workerDone = false;
    bool m_workerOk = false;
    QString m_workerMessage;
};

} // namespace dx
