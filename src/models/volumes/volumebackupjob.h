#pragma once

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
class PipeBodySource;
class VolumeHelper;

// A whole volume to a file, from a file, or into a new volume, as one Job. The tar travels
// as the archive endpoint sends and takes it (GET/PUT /containers/{helper}/archive of a
// never-started helper mounting the volume), so paths, modes, owners, symlinks, empty
// folders and times stay exactly as they are; it streams (a bounded queue, a bounded pipe)
// and never holds a volume in memory. File I/O and gzip run on a worker thread.
//
// The steps: check the volumes (a missing source is an error, a missing target is created,
// which is its own `docker volume create` command), make the helpers, refuse a target that
// is not empty unless `overwrite`, move the bytes, then remove the helpers before the job
// ends — also when it failed or was cancelled. The bytes' transfer is the user command
// (`docker cp ...`); everything else but the volume creation is plumbing.
class VolumeBackupJob final : public VolumeJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeBackupJob)

public:
    enum class Kind { Export, Import, Clone };

    // `file` ending in .gz or .tgz is gzip-compressed.
    static VolumeBackupJob *exportVolume(DockerApi *api, VolumeHelper *helper, const QString &volume,
                                         const QString &file, QObject *parent = nullptr);
    // Plain or gzip (told by the content). `overwrite`: also into a volume that holds files
    // (those of the archive replace files of the same name; the others stay).
    static VolumeBackupJob *importVolume(DockerApi *api, VolumeHelper *helper, const QString &file,
                                         const QString &volume, bool overwrite, QObject *parent = nullptr);
    // `target` must not exist yet.
    static VolumeBackupJob *cloneVolume(DockerApi *api, VolumeHelper *helper, const QString &source,
                                        const QString &target, QObject *parent = nullptr);
    ~VolumeBackupJob() override;

    static bool isGzipName(const QString &file);

    Kind kind() const { return m_kind; }
    // For progress: what the source holds, when known (-1: unknown).
    void setExpectedBytes(qint64 bytes) { m_expectedBytes = bytes; }
    // Whether the transfer is reported as the user's command (the Docker Commands panel).
    void setReported(bool reported) { m_reported = reported; }
    // Failed because the target holds files and overwrite was not given.
    bool refusedNotEmpty() const { return m_refusedNotEmpty; }
    // Bytes of tar moved (uncompressed).
    qint64 bytesMoved() const { return m_bytesMoved; }

protected:
    void run() override;
    void abortWork() override;

private:
    VolumeBackupJob(DockerApi *api, VolumeHelper *helper, Kind kind, const QString &title, QObject *parent);
    void checkSource();
    void checkTarget();
    void acquireHelpers();
    void probeTarget();
    void startTransfer();
    void startExport();
    // PUT of the archive into the target's helper from m_body; one step of the job.
    void startPut();
    // Stops the worker, both bodies and both requests (cancel, and the destructor's wait).
    void stopTransfers();
    // Called on a worker when its part ends: hands the outcome to the job's thread as a step.
    void workerDone(bool ok, const QString &message, qint64 bytes, qint64 total);
    void startImport();
    void startClone();
    void stepDone();
    // Removes the helpers, then ends with `ending` (succeed/fail/confirmCancelled).
    void endWith(const std::function<void()> &ending);
    void failAndEnd(const QString &message);
    void failAndEnd(const ApiError &error);
    bool stopIfCancelled();
    void reportBytes(qint64 bytes, qint64 total);
    QString helperPath(const QString &helperId) const;

    QPointer<VolumeHelper> m_helper;
    Kind m_kind;
    QString m_source; // volume (export, clone)
    QString m_target; // volume (import, clone)
    QString m_file;
    bool m_overwrite = false;
    bool m_reported = true;
    qint64 m_expectedBytes = -1;

    QString m_sourceHelper;
    QString m_targetHelper;
    int m_helpersPending = 0;
    QString m_helperError;
    bool m_refusedNotEmpty = false;
    bool m_ending = false;

    QPointer<EngineReply> m_getReply;
    QPointer<EngineReply> m_putReply;
    std::shared_ptr<ChunkQueue> m_queue;
    std::shared_ptr<PipeBodySource> m_body;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_future;
    ApiError m_getError;
    ApiError m_putError;
    int m_stepsLeft = 0;
    bool m_workerOk = false;
    QString m_workerMessage;
    qint64 m_bytesMoved = 0;
};

} // namespace dx
