#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace dx {

class DockerApi;
struct ApiError;

// "Replace version 1.1 by 1.2 and reuse the volume": a new container from `image` with the old
// one's settings (name, ports, environment, mounts and volumes, labels, restart policy,
// limits), in place of the old one. Nothing of the old container is lost until the new one
// runs: the new one is created under a temporary name; only then is the old one stopped; if
// the new one does not start, it is removed and the old one started again; only after that is
// the old one removed (its volumes kept) and the new one given its name. Every request is the
// typed API's own command in the Docker Commands panel. Widgets-free.
class ContainerRecreator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerRecreator)

public:
    explicit ContainerRecreator(DockerApi *api, QObject *parent = nullptr);

    // `stopTimeout` < 0: the engine's default. `start`: start the new container (the old one's
    // state decides when the caller does not know better).
    void recreate(const QString &container, const QString &image, int stopTimeout, bool start);

    // The body of POST /containers/create that gives `image` the settings `inspect` (GET
    // /containers/{id}/json) shows, without those that only came from the old image
    // (`oldImageConfig`, the image's Config: its ENV, CMD, labels, ... so the new image's own
    // apply), and with the old container's anonymous volumes named so their data stays.
    static QJsonObject createBody(const QJsonObject &inspect, const QJsonObject &oldImageConfig, const QString &image);
    static QString temporaryName(const QString &name);

signals:
    void progress(const QString &text);
    void finished(const QString &id, const QString &name);
    void failed(const QString &message);

private:
    void createNew(const QJsonObject &inspect, const QJsonObject &imageConfig);
    void stopOld();
    void startNew();
    void removeOld();
    void renameNew();
    void fail(const QString &message);
    void rollBack(const QString &message);

    DockerApi *m_api;
    QString m_old;      // the old container's name
    QString m_image;
    QString m_newId;
    int m_stopTimeout = -1;
    bool m_start = true;
    bool m_wasRunning = false;
};

} // namespace dx
