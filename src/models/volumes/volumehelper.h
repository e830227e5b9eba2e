#pragma once

#include "api/apicall.h"
#include "api/apiresult.h"
#include "api/commandrecord.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace dx {

class ChunkQueue;
class DockerApi;
class EngineReply;

// Gives access to a volume's files without root rights on the engine host and against a
// remote engine: a helper container mounts the volume at /v. Files are read and written
// through the archive endpoints (HEAD/GET/PUT /containers/{id}/archive). The image it uses is
// made on the engine itself (docker import), because the engine may have no image and no
// registry; it holds one program, dx-volume-lister (src/helper), statically linked. A helper
// acquired for browsing runs it as its main process, sleeping, so that listings are an exec
// of the lister that prints names, sizes, modes and times only: no file contents, and no
// mount of a stopped container's filesystem per request, which is what made the archive
// listing slow. Other helpers (backups, the volume command) are never started. Helpers carry
// a label so the ones left behind by a killed app are removed at the next connect.
//
// All of this is plumbing: every request it sends is internal, so the Docker Commands panel
// shows what the user did (browse, download, upload), never the helper's life cycle.
class VolumeHelper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeHelper)

public:
    using Callback = std::function<void(const QString &containerId, const QString &error)>;

    static constexpr const char *LabelKey = "io.github.dockerexplorer.helper";
    static constexpr const char *MountPoint = "/v";
    static constexpr const char *ListerPath = "/dx-volume-lister";

    // Archive: created, never started (transfers only). Lister: started, so that listings
    // can run the lister by exec; when the lister cannot run there (no lister built in, the
    // engine runs another CPU architecture, the start fails) it is an Archive helper.
    enum class Mode { Archive, Lister };

    explicit VolumeHelper(DockerApi *api, QObject *parent = nullptr);
    ~VolumeHelper() override;

    // Tests add dx.test.run=<id> here and use their own image tag, so they never touch
    // helpers or images of a running app.
    void setExtraLabels(const QMap<QString, QString> &labels) { m_extraLabels = labels; }
    QMap<QString, QString> extraLabels() const { return m_extraLabels; }
    void setImage(const QString &repository, const QString &tag);
    QString imageReference() const { return m_repository + QLatin1Char(':') + m_tag; }

    // Creates a helper mounting `volume` at /v (and starts it, for Mode::Lister). The
    // callback runs once.
    void acquire(const QString &volume, const Callback &done, Mode mode = Mode::Archive);
    // Whether listings may exec the lister in this helper (acquired with Mode::Lister, and
    // it runs).
    bool runsLister(const QString &containerId) const { return m_listers.contains(containerId); }
    // Removes it, keeping the volume. The request must reach the engine even when the app is
    // quitting, so DockerApi::drain() waits for it; `done` runs only while this object lives.
    void release(const QString &containerId, const std::function<void()> &done = {});
    // Removes every helper carrying our labels whose app is gone (left-overs of a crash).
    void removeLeftovers(const std::function<void(int removed)> &done = {});
    // Removes the helper image (tests clean up after themselves).
    void removeImage(const std::function<void()> &done = {});

    // Whether an image or container with these labels is one of ours (the helper image, its
    // containers): the lists hide them unless the user asks to see internal objects.
    static bool isHelper(const QMap<QString, QString> &labels) { return labels.contains(QLatin1String(LabelKey)); }

    // "/v" + volume path.
    static QString containerPath(const QString &volumePath);
    // `path` below the folder `root` of a container ("" = its "/"): "/v/a", "/etc".
    static QString containerPath(const QString &root, const QString &path);
    // The lister's bytes (empty when the build had no static C library).
    static QByteArray listerBinary();
    // The command line that lists `dirs` ("" = the top) of the volume, or everything below
    // them with `recursive`.
    static QStringList listerCommand(const QStringList &dirs, bool recursive);
    // Feeds a streamed reply into `queue` (which a worker reads), with flow control: the
    // engine is asked to hold back while the queue is full. The queue is finished at the
    // end, or aborted with the engine's message in *error.
    static void feedQueue(EngineReply *reply, const std::shared_ptr<ChunkQueue> &queue, QObject *context,
                          ApiError *error);
    // `docker cp HELPER:/v/path -` streamed into `queue` (feedQueue); `root` as in
    // containerPath().
    static EngineReply *streamArchive(DockerApi *api, const QString &helperId, const QString &volumePath,
                                      const std::shared_ptr<ChunkQueue> &queue, QObject *context, ApiError *error,
                                      const CallContext &callContext,
                                      const QString &root = QString::fromLatin1(MountPoint));

private:
    // DELETE /containers/{id}?force=1, marked essential.
    static ApiCall<NoContent> remove(DockerApi *api, const QString &containerId);
    void ensureImage(const std::function<void(const QString &error)> &done);
    void createImage(const std::function<void(const QString &error)> &done);
    // imageRemade: the image was just made again after a "no such image"; no second time.
    void createContainer(const QString &volume, const Callback &done, Mode mode, bool imageRemade = false);
    void startLister(const QString &containerId, const Callback &done);
    // The engine runs programs built for this machine's CPU (or it did not say yet).
    bool engineRunsOurBinaries() const;

    QPointer<DockerApi> m_api;
    QMap<QString, QString> m_extraLabels;
    QString m_repository = QStringLiteral("docker-explorer-helper");
    QString m_tag; // "2-" + a hash of the lister: a changed lister gets its own image
    bool m_imageReady = false;
    QSet<QString> m_listers;
};

} // namespace dx
