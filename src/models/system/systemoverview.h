#pragma once

#include "pruneplan.h"

#include "api/commandrecord.h"
#include "api/containertypes.h"
#include "api/resourcetypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace dx {

class ContainerStore;
class DiskUsageModel;
class DockerApi;
class ImageStore;
class VolumeStore;

// What the System page shows: disk usage (GET /system/df), the engine's facts (/info,
// /version) and the four prunes with their previews. It does not poll: the shared stores say
// when containers, images or volumes changed, and a new df follows (coalesced, and only while
// somebody looks, as df walks every layer and volume on disk).
class SystemOverview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemOverview)

public:
    static constexpr int CoalesceMs = 1500;
    static constexpr int MinIntervalMs = 10000;

    // The stores may be null (tests that only prune).
    SystemOverview(DockerApi *api, ContainerStore *containers, ImageStore *images, VolumeStore *volumes,
                   QObject *parent = nullptr);
    ~SystemOverview() override;

    DiskUsageModel *model() const { return m_model; }
    const DiskUsage &usage() const { return m_usage; }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    bool hasFacts() const { return m_hasFacts; }
    const SystemInfo &info() const { return m_info; }
    const VersionInfo &version() const { return m_version; }
    QString lastError() const { return m_lastError; }

    // The engine's "label" prune filter ("key=value"), applied to the previews and the prunes;
    // empty (the app): everything. Tests use their run's label so they never touch others'.
    void setLabelFilter(const QStringList &labels);
    QStringList labelFilter() const { return m_labels; }

    PrunePreview preview(PruneKind kind) const;

    // `context`: CallContext::user() when the user pressed Refresh.
    void refresh(const CallContext &context = CallContext::internal());
    // Changes seen while inactive are fetched when it becomes active again.
    void setActive(bool active);

    using PruneDone = std::function<void(const PruneReport &report, const QString &error)>;
    // The real prune; a new df follows. The engine removes what matches when it runs, which
    // is the preview unless something changed in between.
    void prune(PruneKind kind, const PruneDone &done);

signals:
    void usageChanged();
    void factsChanged();
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    void scheduleRefresh();
    void onConnectedChanged(bool connected);
    void setLoading(bool loading);

    QPointer<DockerApi> m_api;
    DiskUsageModel *m_model;
    DiskUsage m_usage;
    SystemInfo m_info;
    VersionInfo m_version;
    QStringList m_labels;
    QString m_lastError;
    QTimer m_timer;
    QElapsedTimer m_sinceRefresh;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_hasFacts = false;
    bool m_active = true;
    bool m_dirty = false;
};

} // namespace dx
