#pragma once

#include "api/commandrecord.h"
#include "api/resourcetypes.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace dx {

class ContainerStore;
class DockerApi;
class ImageListModel;
struct EngineEvent;

// The engine's images, kept live for every view: listed when the engine connects, then each
// image event (pull, tag, untag, import, load) answered by one inspection of just that image,
// bursts coalesced per image; delete removes the row at once. A failed or malformed answer
// keeps the last good state and reports it; while the engine is gone the store is stale.
class ImageStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageStore)

public:
    explicit ImageStore(DockerApi *api, QObject *parent = nullptr);
    ~ImageStore() override;

    ImageListModel *model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }
    bool isStale() const { return m_stale; }
    QString lastError() const { return m_lastError; }
    QList<ImageSummary> all() const;
    // Id (full, without "sha256:" or a 12+ digit prefix) or reference.
    std::optional<ImageSummary> find(const QString &idOrReference) const;

    // One full list: on connect and reconnect (plumbing), or when the user asks (F5: then it
    // is their `docker images` in the Docker Commands panel).
    void refresh(const CallContext &context = CallContext::internal());
    // One image, by id or reference: for changes the engine reports no event for (a build
    // without a tag leaves only an untagged image).
    void fetch(const QString &idOrReference);
    void handleEvent(const EngineEvent &event);
    // Which containers each image has (the model's Containers column) comes from the shared
    // container store, which follows the events itself: no request of our own.
    void followContainers(ContainerStore *containers);

signals:
    void loaded();
    void staleChanged(bool stale);
    void errorOccurred(const QString &message);
    void changed(const QString &id);
    void removed(const QString &id);

private:
    void fetchPending();
    void applyInspection(const ImageSummary &image);
    void applyNotFound(const QString &key);
    void removeImage(const QString &id);
    void queueHoldersOf(const QStringList &references, const QString &except);
    void setStale(bool stale);
    void applyUsers();
    void reportError(const QString &message);

    DockerApi *m_api;
    ImageListModel *m_model;
    QTimer m_coalesce;
    QTimer m_usersTimer;
    ContainerStore *m_containers = nullptr;
    QSet<QString> m_pending;         // ids or references waiting for the coalescing timer
    QSet<QString> m_touchedWhileListing; // an older list answer must not undo their fetch
    int m_generation = 0;
    bool m_listing = false;
    bool m_loaded = false;
    bool m_stale = true;
    QString m_lastError;
};

} // namespace dx
