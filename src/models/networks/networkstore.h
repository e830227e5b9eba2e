#pragma once

#include "api/resourcetypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <utility>

#include <optional>

namespace dx {

class DockerApi;
class NetworkListModel;
struct EngineEvent;

// The engine's networks, kept live for every view: listed when the engine connects, then
// each network event answered by one targeted fetch of that network (bursts coalesced).
// A failed or malformed answer keeps the last good state; while the engine is gone the
// store is stale and says so.
class NetworkStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkStore)

public:
    explicit NetworkStore(DockerApi *api, QObject *parent = nullptr);
    ~NetworkStore() override;

    NetworkListModel *model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }
    bool isStale() const { return m_stale; }
    QString lastError() const { return m_lastError; }
    QList<NetworkSummary> all() const;
    std::optional<NetworkSummary> find(const QString &idOrName) const;

    void refresh();
    void handleEvent(const EngineEvent &event);

signals:
    void loaded();
    void staleChanged(bool stale);
    void errorOccurred(const QString &message);
    void changed(const QString &id);
    void removed(const QString &id);

private:
    void setStale(bool stale);
    void fetchPending();
    void reportError(const QString &message);

    DockerApi *m_api;
    NetworkListModel *m_model;
    QTimer m_coalesce;
    QSet<QString> m_pending; // ids whose fetch waits for the coalescing timer
    int m_generation = 0;
    bool m_loaded = false;
    bool m_stale = true;
    QString m_lastError;
};

} // namespace dx
