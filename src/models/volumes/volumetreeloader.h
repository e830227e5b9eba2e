#pragma once

#include "volumeentry.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace dx {

class ChunkQueue;
class Engine;
class EngineReply;

// Lists a folder of a volume and everything below it, off the UI thread, in batches.
// Remote: GET /containers/{helper}/archive?path=/v/dir streams a tar of the subtree, which
// TarListing reads as it arrives (contents skipped, never buffered whole). Local (unix
// socket engine and the volume's Mountpoint readable by us): the folder is walked directly,
// reporting exactly the fields a tar header would carry, so both give identical trees.
class VolumeTreeLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTreeLoader)

public:
    explicit VolumeTreeLoader(Engine *engine, QObject *parent = nullptr);
    ~VolumeTreeLoader() override;

    // Starting a load cancels the one running.
    void loadRemote(const QString &helperId, const QString &dir = {});
    void loadLocal(const QString &mountpoint, const QString &dir = {});
    void cancel();
    bool isRunning() const { return m_running; }
    QString directory() const { return m_dir; }

    // The same walk loadLocal() does, synchronously (benchmarks, tests).
    static VolumeEntries listLocal(const QString &mountpoint, const QString &dir = {});
    // Same fields as a tar header: size 0 for folders and links, permission bits only.
    static void walkLocal(const QString &mountpoint, const QString &dir,
                          const std::function<bool(VolumeEntry &&)> &onEntry);

signals:
    void entriesArrived(const dx::VolumeEntries &entries);
    // complete=false when cancelled or failed (error says why; empty when cancelled).
    void finished(bool complete, const QString &error);

private:
    class Batcher;
    void startWorker(const std::function<QString(Batcher &)> &work);
    void post(quint64 generation, const VolumeEntries &entries);
    void workerDone(quint64 generation, bool complete, const QString &error);

    QPointer<Engine> m_engine;
    QPointer<EngineReply> m_reply;
    std::shared_ptr<ChunkQueue> m_queue;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_future;
    quint64 m_generation = 0;
    QString m_dir;
    QString m_httpError;
    bool m_running = false;
};

} // namespace dx
