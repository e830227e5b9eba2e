#include "systemoverview.h"

#include "diskusagemodel.h"

#include "api/buildapi.h"
#include "api/containersapi.h"
#include "api/dockerapi.h"
#include "api/imagesapi.h"
#include "api/systemapi.h"
#include "containers/containerstore.h"
#include "images/imagestore.h"
#include "volumes/volumestore.h"

#include <QCoreApplication>

namespace dx {

SystemOverview::SystemOverview(DockerApi *api, ContainerStore *containers, ImageStore *images, VolumeStore *volumes,
                               QObject *parent)
    : QObject(parent),
      m_api(api),
      m_model(new DiskUsageModel(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(); });
    const auto changed = [this] { scheduleRefresh(); };
    if (containers) {
        connect(containers, &ContainerStore::changed, this, changed);
        connect(containers, &ContainerStore::removed, this, changed);
    }
    if (images) {
        connect(images, &ImageStore::changed, this, changed);
        connect(images, &ImageStore::removed, this, changed);
    }
    if (volumes) {
        connect(volumes, &VolumeStore::changed, this, changed);
        connect(volumes, &VolumeStore::removed, this, changed);
    }
    if (api)
        connect(api->engine(), &Engine::connectedChanged, this, &SystemOverview::onConnectedChanged);
}

SystemOverview::~SystemOverview() = default;

void SystemOverview::setLabelFilter(const QStringList &labels)
{
    m_labels = labels;
    emit usageChanged();
}

PrunePreview SystemOverview::preview(PruneKind kind) const
{
    return PrunePlan::preview(kind, m_usage, m_labels);
}

void SystemOverview::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void SystemOverview::refresh(const CallContext &context)
{
    if (!m_api || !m_api->engine()->isConnected())
        return;
    if (m_loading) {
        m_dirty = true; // asked again while the last answer is on its way
        return;
    }
    m_timer.stop();
    m_dirty = false;
    m_sinceRefresh.start();
    setLoading(true);
    m_api->system().info(context).then(this, [this](const ApiResult<SystemInfo> &r) {
        if (r.ok()) {
            m_info = r.value;
            m_hasFacts = true;
            emit factsChanged();
        }
    });
    m_api->system().version(context).then(this, [this](const ApiResult<VersionInfo> &r) {
        if (r.ok()) {
            m_version = r.value;
            emit factsChanged();
        }
    });
    m_api->system().diskUsage(context).then(this, [this](const ApiResult<DiskUsage> &r) {
        setLoading(false);
        if (m_dirty)
            scheduleRefresh();
        if (!r.ok()) {
            m_lastError = r.message();
            emit errorOccurred(m_lastError);
            return;
        }
        m_lastError.clear();
        m_usage = r.value;
        m_loaded = true;
        m_model->setUsage(m_usage);
        emit usageChanged();
    });
}

void SystemOverview::setActive(bool active)
{
    m_active = active;
    if (active && (m_dirty || !m_loaded))
        refresh();
}

void SystemOverview::scheduleRefresh()
{
    if (!m_active) {
        m_dirty = true;
        return;
    }
    if (m_timer.isActive())
        return;
    int delay = CoalesceMs;
    if (m_sinceRefresh.isValid())
        delay = int(qMax<qint64>(delay, MinIntervalMs - m_sinceRefresh.elapsed()));
    m_timer.start(delay);
}

void SystemOverview::onConnectedChanged(bool connected)
{
    if (!connected) {
        m_timer.stop();
        return;
    }
    if (m_active)
        refresh();
    else
        m_dirty = true;
}

void SystemOverview::prune(PruneKind kind, const PruneDone &done)
{
    if (!m_api) {
        done({}, QCoreApplication::translate("dx::SystemOverview", "Not connected to an engine."));
        return;
    }
    QMap<QString, QStringList> filters;
    if (!m_labels.isEmpty())
        filters.insert(QStringLiteral("label"), m_labels);
    const auto finished = [this, done](const ApiResult<PruneReport> &r) {
        done(r.value, r.ok() ? QString() : r.message());
        m_sinceRefresh.invalidate();
        refresh();
    };
    switch (kind) {
    case PruneKind::DanglingImages:
        m_api->images().prune(false, filters, CallContext::user()).then(this, finished);
        return;
    case PruneKind::UnusedImages:
        m_api->images().prune(true, filters, CallContext::user()).then(this, finished);
        return;
    case PruneKind::StoppedContainers:
        m_api->containers().prune(filters, CallContext::user()).then(this, finished);
        return;
    case PruneKind::BuildCache:
        if (!preview(kind).supported) {
            done({}, QCoreApplication::translate("dx::SystemOverview",
                                                 "This engine cannot clean up only part of its build cache."));
            return;
        }
        m_api->build().pruneCache(false, {}, CallContext::user()).then(this, finished);
        return;
    }
}

} // namespace dx
