#pragma once

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace dx {

class DockerApi;
class VolumeStore;

// What the user can do to volumes: create, remove, prune. Views call these, never the API.
// Each is the user's own command in the Docker Commands panel. No action re-reads the list:
// the engine's event brings the change into VolumeStore.
class VolumeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeActions)

public:
    using Done = std::function<void(const QString &error)>; // empty error: it worked
    using PruneDone = std::function<void(const QStringList &removed, qint64 reclaimed, const QString &error)>;

    VolumeActions(DockerApi *api, VolumeStore *store, QObject *parent = nullptr);
    ~VolumeActions() override;

    // `name` empty: the engine names it. `done` gets the name it really has.
    void create(const QString &name, const QString &driver, const QMap<QString, QString> &labels,
                const std::function<void(const QString &name, const QString &error)> &done);
    // Refuses (without asking the engine) while a container uses the volume; otherwise the
    // engine's own message (409 ...) comes back verbatim.
    void remove(const QString &name, const Done &done);
    void prune(const PruneDone &done);

private:
    QPointer<DockerApi> m_api;
    QPointer<VolumeStore> m_store;
};

} // namespace dx
