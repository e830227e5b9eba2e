#include "volumestore.h"

#include "volumehelper.h"
#include "volumelistmodel.h"
#include "containers/containerstore.h"

#include "api/containertypes.h"
#include "api/dockerapi.h"
#include "api/resourcetypes.h"
#include "api/systemapi.h"
#include "api/volumesapi.h"
#include "engine/apiversion.h"
#include "engine/engine.h"
#include "engine/engineevent.h"

namespace dx {

VolumeStore::VolumeStore(DockerApi *api, ContainerStore *containers, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(new VolumeListModel(this))
    , m_containers(containers)
{
    // Who uses a volume comes from the shared container store, which follows the events
    // itself: no request of our own.
    m_usageTimer.setSingleShot(true);
    m_usageTimer.setInterval(0);
    connect(&m_usageTimer, &QTimer::timeout, this, [this] {
        if (m_containers)
            applyUsage(m_containers->all());
    });
    if (containers) {
        for (auto signal : {&ContainerStore::changed, &ContainerStore::removed})
            connect(containers, signal, &m_usageTimer, qOverload<>(&QTimer::start));
        connect(containers, &ContainerStore::loaded, &m_usageTimer, qOverload<>(&QTimer::start));
    }
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(CoalesceMs);
    connect(&m_fetchTimer, &QTimer::timeout, this, &VolumeStore::fetchPending);
    m_sizeTimer.setSingleShot(true);
    connect(&m_sizeTimer, &QTimer::timeout, this, &VolumeStore::refreshSizes);
    Engine *engine = api ? api->engine() : nullptr;
    if (!engine)
        return;
    connect(engine, &Engine::event, this, &VolumeStore::handleEvent);
    connect(engine, &Engine::connectedChanged, this, &VolumeStore::onConnection);
    connect(engine, &Engine::eventsLiveChanged, this, &VolumeStore::onConnection);
    if (engine->isConnected())
        refresh();
}

VolumeStore::~VolumeStore() = default;

QList<VolumeInfo> VolumeStore::all() const
{
    return QList<VolumeInfo>(m_model->volumes().cbegin(), m_model->volumes().cend());
}

std::optional<VolumeInfo> VolumeStore::find(const QString &name) const
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return std::nullopt;
    return m_model->volumeAt(row);
}

QStringList VolumeStore::pruneCandidates() const
{
    const bool anonymousOnly = m_api && m_api->engine()
        && ApiVersion(1, 42) <= ApiVersion::parse(m_api->engine()->info().apiVersion);
    QStringList out;
    for (const VolumeInfo &v : m_model->volumes()) {
        if (v.references == 0 && (!anonymousOnly || v.isAnonymous()))
            out.append(v.name);
    }
    return out;
}

void VolumeStore::onConnection(bool up)
{
    if (!up)
        setStale(true);
    else if ((!m_loaded || m_stale) && !m_listing)
        refresh(); // events may have been missed while we were cut off
}

void VolumeStore::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

void VolumeStore::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

void VolumeStore::refresh(const CallContext &context)
{
    if (!m_api || m_listing)
        return;
    m_listing = true;
    m_api->volumes().list({}, context).then(this, [this](const ApiResult<QList<VolumeSummary>> &r) {
        m_listing = false;
        if (!r.ok()) {
            if (r.error.kind == ApiError::Kind::Transport)
                setStale(true);
            reportError(r.message());
            return;
        }
        applyList(r.value);
        m_lastError.clear();
        setStale(false);
        m_usageTimer.start();
        if (!std::exchange(m_loaded, true))
            emit loaded();
        // After the list is shown: /system/df can take seconds.
        refreshSizes();
    });
}

void VolumeStore::refreshSizes()
{
    if (!m_api || m_sizing)
        return;
    m_sizeTimer.stop();
    m_sizing = true;
    m_sinceSizes.start();
    m_api->system().diskUsage(CallContext::internal()).then(this, [this](const ApiResult<DiskUsage> &r) {
        m_sizing = false;
        // Sizes are extra: a failed df leaves them as they were, without a banner.
        if (r.ok())
            applySizes(r.value.volumes);
    });
}

void VolumeStore::scheduleSizes()
{
    if (m_sizing || m_sizeTimer.isActive())
        return;
    int delay = SizeDelayMs;
    if (m_sinceSizes.isValid())
        delay = int(qMax<qint64>(delay, SizeMinIntervalMs - m_sinceSizes.elapsed()));
    m_sizeTimer.start(delay);
}

void VolumeStore::handleEvent(const EngineEvent &event)
{
    if (event.type != QLatin1String("volume") || event.actorId.isEmpty())
        return;
    const QString action = event.baseAction();
    if (action == QLatin1String("mount"))
        return; // nothing of the volume itself changed; "used by" follows the containers
    if (action == QLatin1String("unmount")) {
        scheduleSizes(); // a container stopped writing to it
        return;
    }
    if (action == QLatin1String("destroy") || action == QLatin1String("remove")) { // Podman says remove
        m_pending.remove(event.actorId);
        if (const int row = m_model->rowOf(event.actorId); row >= 0)
            removeAt(row);
        return;
    }
    m_pending.insert(event.actorId);
    if (!m_fetchTimer.isActive())
        m_fetchTimer.start();
}

void VolumeStore::fetchPending()
{
    if (!m_api)
        return;
    const QSet<QString> names = std::exchange(m_pending, {});
    for (const QString &name : names) {
        m_api->volumes().inspect(name, CallContext::internal())
            .then(this, [this, name](const ApiResult<VolumeSummary> &r) {
                if (r.ok()) {
                    applyVolume(r.value);
                } else if (r.error.isNotFound()) {
                    if (const int row = m_model->rowOf(name); row >= 0)
                        removeAt(row);
                } else {
                    reportError(r.message());
                }
            });
    }
}

void VolumeStore::applyList(const QList<VolumeSummary> &volumes)
{
    QSet<QString> seen;
    for (const VolumeSummary &v : volumes) {
        seen.insert(v.name);
        applyVolume(v);
    }
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (!seen.contains(m_model->volumeAt(row).name))
            removeAt(row);
    }
}

void VolumeStore::applyVolume(const VolumeSummary &volume)
{
    const int row = m_model->rowOf(volume.name);
    if (row >= 0) {
        VolumeInfo info = m_model->volumeAt(row);
        info.setSummary(volume);
        update(row, info);
        return;
    }
    VolumeInfo info;
    info.setSummary(volume);
    setUsage(&info);
    m_model->appendVolume(info);
    emit changed(info.name);
}

void VolumeStore::applyUsage(const QList<ContainerSummary> &containers)
{
    m_usage.clear();
    for (const ContainerSummary &c : containers) {
        // Our helpers count for prune (the engine counts them) but use nothing.
        const bool helper = c.labels.contains(QString::fromLatin1(VolumeHelper::LabelKey));
        for (const ContainerMount &m : c.mounts) {
            if (m.type != QLatin1String("volume"))
                continue;
            Usage &u = m_usage[m.name];
            ++u.references;
            if (helper || u.usedBy.contains(c.name))
                continue;
            u.usedBy.append(c.name);
            if (c.isRunning())
                u.runningUsers.append(c.name);
        }
    }
    for (Usage &u : m_usage) {
        u.usedBy.sort();
        u.runningUsers.sort();
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        VolumeInfo info = m_model->volumeAt(row);
        setUsage(&info);
        update(row, info);
    }
}

void VolumeStore::applySizes(const QList<VolumeSummary> &usage)
{
    m_sizesLoaded = true;
    m_model->setSizesLoaded(true);
    for (const VolumeSummary &v : usage) {
        const int row = m_model->rowOf(v.name);
        if (row < 0)
            continue;
        VolumeInfo info = m_model->volumeAt(row);
        info.size = v.size;
        update(row, info);
    }
}

void VolumeStore::update(int row, const VolumeInfo &volume)
{
    if (m_model->updateVolume(row, volume))
        emit changed(volume.name);
}

void VolumeStore::removeAt(int row)
{
    const QString name = m_model->volumeAt(row).name;
    m_model->removeVolumeAt(row);
    emit removed(name);
}

void VolumeStore::setUsage(VolumeInfo *volume) const
{
    const Usage u = m_usage.value(volume->name);
    volume->usedBy = u.usedBy;
    volume->runningUsers = u.runningUsers;
    volume->references = u.references;
}

} // namespace dx
