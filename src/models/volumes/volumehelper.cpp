#include "volumehelper.h"

#include "session/replyqueue.h"

#include "api/containersapi.h"
#include "api/containerspec.h"
#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "engine/engine.h"
#include "streams/chunkqueue.h"
#include "streams/tarbuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstddef>

extern "C" {
extern const unsigned char dx_volume_lister[];
extern const std::size_t dx_volume_lister_size;
}

namespace dx {

namespace {

// Which running app made a helper: "host/pid". Start-up cleanup only removes helpers whose
// app is gone, so two windows (or a test run beside the app) never pull each other's helpers.
constexpr const char *OwnerKey = "io.github.dockerexplorer.helper.owner";

QString ownerValue()
{
    return QSysInfo::machineHostName() + QLatin1Char('/') + QString::number(QCoreApplication::applicationPid());
}

bool ownerIsGone(const ContainerSummary &container)
{
    const QString owner = container.labels.value(QLatin1String(OwnerKey));
    const bool dayOld = container.created.isValid()
        && container.created.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600;
    const qsizetype slash = owner.lastIndexOf(QLatin1Char('/'));
    if (owner.isEmpty() || slash < 0)
        return true; // made by an older version: nobody owns it
    if (owner.left(slash) != QSysInfo::machineHostName())
        return dayOld; // another machine's app: only when it is clearly abandoned
    const qint64 pid = owner.mid(slash + 1).toLongLong();
    if (pid == QCoreApplication::applicationPid())
        return false;
    return pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH);
}

// The engine's name (GOARCH, as /version reports it) of the CPU this app was built for.
QString goArch()
{
    const QString cpu = QSysInfo::buildCpuArchitecture();
    if (cpu == QLatin1String("x86_64"))
        return QStringLiteral("amd64");
    if (cpu == QLatin1String("i386"))
        return QStringLiteral("386");
    if (cpu == QLatin1String("arm"))
        return QStringLiteral("arm");
    return cpu; // arm64, riscv64, s390x, ppc64le... are spelt alike
}

} // namespace

VolumeHelper::VolumeHelper(DockerApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    const QByteArray lister = listerBinary();
    m_tag = QStringLiteral("2-")
        + QString::fromLatin1(QCryptographicHash::hash(lister, QCryptographicHash::Sha256).toHex().left(12));
}

QByteArray VolumeHelper::listerBinary()
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(dx_volume_lister), qsizetype(dx_volume_lister_size));
}

QStringList VolumeHelper::listerCommand(const QStringList &dirs, bool recursive)
{
    QStringList cmd{QString::fromLatin1(ListerPath), QStringLiteral("list")};
    if (recursive)
        cmd << QStringLiteral("-r");
    cmd << QString::fromLatin1(MountPoint);
    // No folder means the top (which is "" in a list of folders).
    if (!dirs.isEmpty() && dirs != QStringList{QString()})
        cmd << dirs;
    return cmd;
}

bool VolumeHelper::engineRunsOurBinaries() const
{
    if (!m_api || !m_api->engine() || listerBinary().isEmpty())
        return false;
    // Before /version answered the engine's CPU is not known: try, a failed start falls back.
    const EngineInfo info = m_api->engine()->info();
    return (info.os.isEmpty() || info.os == QLatin1String("linux")) && (info.arch.isEmpty() || info.arch == goArch());
}

VolumeHelper::~VolumeHelper() = default;

void VolumeHelper::setImage(const QString &repository, const QString &tag)
{
    m_repository = repository;
    m_tag = tag;
    m_imageReady = false;
}

QString VolumeHelper::containerPath(const QString &volumePath)
{
    return containerPath(QString::fromLatin1(MountPoint), volumePath);
}

QString VolumeHelper::containerPath(const QString &root, const QString &path)
{
    if (path.isEmpty())
        return root.isEmpty() ? QStringLiteral("/") : root;
    return root + QLatin1Char('/') + path;
}

EngineReply *VolumeHelper::streamArchive(DockerApi *api, const QString &helperId, const QString &volumePath,
                                         const std::shared_ptr<ChunkQueue> &queue, QObject *context, ApiError *error,
                                         const CallContext &callContext, const QString &root)
{
    EngineReply *reply = api->containers().getArchive(helperId, containerPath(root, volumePath), callContext);
    feedQueue(reply, queue, context, error);
    return reply;
}

void VolumeHelper::feedQueue(EngineReply *reply, const std::shared_ptr<ChunkQueue> &queue, QObject *context,
                             ApiError *error)
{
    feedReplyToQueue(reply, queue, context, error);
}

void VolumeHelper::acquire(const QString &volume, const Callback &done, Mode mode)
{
    ensureImage([this, volume, done, mode](const QString &error) {
        if (!error.isEmpty()) {
            done({}, error);
            return;
        }
        createContainer(volume, done, mode == Mode::Lister && engineRunsOurBinaries() ? Mode::Lister : Mode::Archive);
    });
}

void VolumeHelper::startLister(const QString &containerId, const Callback &done)
{
    m_api->containers().start(containerId, CallContext::internal())
        .then(this, [this, containerId, done](const ApiResult<NoContent> &r) {
            // Not started (a seccomp profile, a runtime that refuses): it still serves the
            // archive endpoints, as every helper did before it could list.
            if (r.ok())
                m_listers.insert(containerId);
            else
                qInfo("volume helper %s lists through the archive endpoint: %s", qPrintable(containerId.left(12)),
                      qPrintable(r.message()));
            done(containerId, {});
        });
}

void VolumeHelper::ensureImage(const std::function<void(const QString &)> &done)
{
    if (!m_api) {
        done(tr("Not connected to an engine."));
        return;
    }
    if (m_imageReady) {
        done({});
        return;
    }
    m_api->images().inspect(imageReference(), CallContext::internal())
        .then(this, [this, done](const ApiResult<ImageDetails> &r) {
            if (r.ok()) {
                m_imageReady = true;
                done({});
            } else if (r.error.isNotFound()) {
                createImage(done);
            } else {
                done(r.message());
            }
        });
}

void VolumeHelper::createImage(const std::function<void(const QString &)> &done)
{
    // The lister is all the image holds; built without one, a single empty file (an image
    // cannot be empty) and helpers that are never started.
    QByteArray tar;
    TarBuilder builder([&tar](const char *data, qsizetype size) {
        tar.append(data, size);
        return true;
    });
    const QByteArray lister = listerBinary();
    if (lister.isEmpty())
        builder.addFile(QStringLiteral(".dx-helper"), {});
    else
        builder.addFile(QString::fromLatin1(ListerPath).mid(1), lister, 0755);
    builder.finish();

    QStringList changes{QStringLiteral("LABEL %1=1").arg(QLatin1String(LabelKey))};
    for (auto it = m_extraLabels.cbegin(); it != m_extraLabels.cend(); ++it)
        changes.append(QStringLiteral("LABEL %1=%2").arg(it.key(), it.value()));
    m_api->images().import(tar, m_repository, m_tag, changes, CallContext::internal())
        .then(this, [this, done](const ApiResult<ImageImportReport> &r) {
            const QString error = r.ok() ? r.value.error : r.message();
            if (error.isEmpty())
                m_imageReady = true;
            done(error);
        });
}

void VolumeHelper::createContainer(const QString &volume, const Callback &done, Mode mode, bool imageRemade)
{
    ContainerSpec spec;
    spec.image = imageReference();
    spec.cmd = QStringList{QString::fromLatin1(ListerPath), QStringLiteral("wait")};
    spec.labels = m_extraLabels;
    spec.labels.insert(QString::fromLatin1(LabelKey), QStringLiteral("1"));
    spec.labels.insert(QString::fromLatin1(OwnerKey), ownerValue());
    ContainerMount mount;
    mount.type = QStringLiteral("volume");
    mount.name = volume;
    mount.destination = QString::fromLatin1(MountPoint);
    spec.mounts.append(mount);
    spec.networkDisabled = true;
    // Whoever asked may be gone when the engine answers (the view closed, the app quits): the
    // answer still arrives (the API is the context, the request is essential) and a helper
    // nobody wants any more is removed at once instead of waiting for the next start.
    const ApiCall<ContainerCreated> call = m_api->containers().create(spec, {}, CallContext::internal());
    m_api->markEssential(call.reply());
    const QPointer<VolumeHelper> self(this);
    DockerApi *api = m_api;
    call.then(api, [self, api, volume, done, mode, imageRemade](const ApiResult<ContainerCreated> &r) {
        if (!self) {
            if (r.ok())
                remove(api, r.value.id);
            return;
        }
        if (r.error.isNotFound() && self->m_imageReady && !imageRemade) {
            // The helper image was removed behind our back: make it again, once. (Not again
            // after that: an engine that names the image otherwise would have us make images
            // in a loop.)
            self->m_imageReady = false;
            self->createImage([self, volume, done, mode](const QString &error) {
                if (!error.isEmpty())
                    done({}, error);
                else
                    self->createContainer(volume, done, mode, true);
            });
            return;
        }
        if (!r.ok()) {
            done({}, r.message());
            return;
        }
        if (mode == Mode::Lister)
            self->startLister(r.value.id, done);
        else
            done(r.value.id, {});
    });
}

ApiCall<NoContent> VolumeHelper::remove(DockerApi *api, const QString &containerId)
{
    // force: it may hold the volume busy; volumes=false: the named volume must stay.
    const ApiCall<NoContent> call = api->containers().remove(containerId, true, false, CallContext::internal());
    api->markEssential(call.reply());
    return call;
}

void VolumeHelper::release(const QString &containerId, const std::function<void()> &done)
{
    m_listers.remove(containerId);
    if (!m_api || containerId.isEmpty()) {
        if (done)
            done();
        return;
    }
    const ApiCall<NoContent> call = remove(m_api, containerId);
    if (done)
        call.then(this, [done](const ApiResult<NoContent> &) { done(); });
}

void VolumeHelper::removeLeftovers(const std::function<void(int)> &done)
{
    if (!m_api) {
        if (done)
            done(0);
        return;
    }
    ContainerListOptions options;
    options.all = true;
    QStringList labels{QStringLiteral("%1=1").arg(QLatin1String(LabelKey))};
    for (auto it = m_extraLabels.cbegin(); it != m_extraLabels.cend(); ++it)
        labels.append(it.key() + QLatin1Char('=') + it.value());
    options.filters.insert(QStringLiteral("label"), labels);
    m_api->containers().list(options, CallContext::internal())
        .then(this, [this, done](const ApiResult<QList<ContainerSummary>> &r) {
            QStringList gone;
            for (const ContainerSummary &c : r.value) {
                if (ownerIsGone(c))
                    gone.append(c.id);
            }
            if (gone.isEmpty()) {
                if (done)
                    done(0);
                return;
            }
            auto pending = std::make_shared<int>(int(gone.size()));
            for (const QString &id : std::as_const(gone)) {
                release(id, [pending, done, n = int(gone.size())] {
                    if (--*pending == 0 && done)
                        done(n);
                });
            }
        });
}

void VolumeHelper::removeImage(const std::function<void()> &done)
{
    m_imageReady = false;
    if (!m_api) {
        if (done)
            done();
        return;
    }
    m_api->images().remove(imageReference(), true, CallContext::internal())
        .then(this, [done](const ApiResult<QList<ImageDeleteItem>> &) {
            if (done)
                done();
        });
}

} // namespace dx
