#pragma once

#include "volumeinfo.h"

#include "api/commandrecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace dx {

class DockerApi;
class VolumeListModel;
class ContainerStore;
struct ContainerSummary;
struct EngineEvent;
struct VolumeSummary;

// The one live list of volumes, shared by every view. It lists once on connect (plumbing),
// then follows the engine's events: a volume event is answered with a GET of just that
// volume (bursts per name coalesced; a destroy just removes the row), never a re-list. "Used by" comes from the containers,
// sizes from /system/df, which walks every volume on disk and is therefore asked after the
// first listing, on demand, and at a modest rate after containers stopped writing, never per
// event. When the engine or its event stream goes away the store is stale and keeps the
// last good state; when it is back, one refresh. A failed or malformed answer keeps the
// last good state too, and says why (errorOccurred, lastError).
class VolumeStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeStore)

public:
    static constexpr int CoalesceMs = 25;
    static constexpr int SizeDelayMs = 3000;
    static constexpr int SizeMinIntervalMs = 30000;

    // `containers` is the shared container store: the "Used by" column is read from it.
    VolumeStore(DockerApi *api, ContainerStore *containers, QObject *parent = nullptr);
    ~VolumeStore() override;

    VolumeListModel *model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }
    bool isStale() const { return m_stale; }
    QString lastError() const { return m_lastError; }
    bool sizesLoaded() const { return m_sizesLoaded; }
    QList<VolumeInfo> all() const;
    std::optional<VolumeInfo> find(const QString &name) const;
    // What POST /volumes/prune will remove: volumes no container (not even a stopped one, not
    // even our helper) references; from API 1.42 on only anonymous ones, since we do not
    // pass all=true.
    QStringList pruneCandidates() const;

    // `context`: CallContext::user() when the user pressed Refresh.
    void refresh(const CallContext &context = CallContext::internal());
    void refreshSizes();

    // The inputs, applied as row diffs (the API's answers; tests hand them in directly).
    void applyList(const QList<VolumeSummary> &volumes);
    void applyVolume(const VolumeSummary &volume);
    void applyUsage(const QList<ContainerSummary> &containers);
    void applySizes(const QList<VolumeSummary> &usage);
    void handleEvent(const EngineEvent &event);

signals:
    void loaded();
    void staleChanged(bool stale);
    void errorOccurred(const QString &message);
    void changed(const QString &name); // inserted or updated
    void removed(const QString &name);

private:
    void onConnection(bool up);
    void setStale(bool stale);
    void reportError(const QString &message);
    void fetchPending();
    void scheduleSizes();
    void removeAt(int row);
    void update(int row, const VolumeInfo &volume);
    void setUsage(VolumeInfo *volume) const;

    // Who mounts one volume, from the last container listing.
    struct Usage
    {
        QStringList usedBy;
        QStringList runningUsers;
        int references = 0;
    };

    QPointer<DockerApi> m_api;
    VolumeListModel *m_model;
    QPointer<ContainerStore> m_containers;
    QTimer m_usageTimer; // one recount per burst of container changes
    QHash<QString, Usage> m_usage;
    QSet<QString> m_pending;
    QTimer m_fetchTimer;
    QTimer m_sizeTimer;
    QElapsedTimer m_sinceSizes;
    QString m_lastError;
    bool m_loaded = false;
    bool m_stale = true; // until the first listing
    bool m_listing = false;
    bool m_sizing = false;
    bool m_sizesLoaded = false;
};

} // namespace dx
