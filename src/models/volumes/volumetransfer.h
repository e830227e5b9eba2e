#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace dx {

class ChunkQueue;
class Engine;
class EngineReply;
class PipeBodySource;
struct ContainerPathStat;

// One download, upload or "new folder" between the host and a volume, through the helper
// container's archive endpoint. Contract of long jobs: progress(done, total), then exactly one
// finished(ok, message); cancel() aborts the HTTP transfer and stops the worker.
// Downloads are written by SafeExtractor: nothing of the (untrusted) archive lands outside
// the chosen folder, and what it refuses is listed in refusals().
class VolumeTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTransfer)

public:
    explicit VolumeTransfer(Engine *engine, QObject *parent = nullptr);
    ~VolumeTransfer() override;

    void download(const QString &helperId, const QString &volumePath, const QString &targetDir,
                  bool overwrite, qint64 expectedBytes = -1);
    void upload(const QString &helperId, const QString &volumeDir, const QStringList &localPaths);
    void createFolder(const QString &helperId, const QString &volumeDir, const QString &name);
    void cancel();

    bool isRunning() const { return m_running; }
    QStringList refusals() const { return m_refusals; }

    // HEAD /containers/{id}/archive: nullopt (and no error) when the path does not exist.
    static void stat(Engine *engine, QObject *context, const QString &helperId, const QString &volumePath,
                     const std::function<void(const std::optional<ContainerPathStat> &, const QString &error)> &done);

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);

    QPointer<Engine> m_engine;
    QPointer<EngineReply> m_reply;
    std::shared_ptr<ChunkQueue> m_queue;
    std::shared_ptr<PipeBodySource> m_body;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_future;
    QStringList m_refusals;
    QString m_httpError;
    bool m_running = false;
    bool m_httpDone = false;
    bool m_workerDone = false;
    bool m_workerOk = false;
    QString m_workerMessage;
};

} // namespace dx
