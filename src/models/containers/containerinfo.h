#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dx {

struct ContainerPort
{
    QString ip;
    int privatePort = 0;
    int publicPort = 0; // 0: exposed but not published
    QString type;       // tcp, udp, sctp
};

struct ContainerMount
{
    QString type;        // volume, bind, tmpfs
    QString name;        // volume name (empty for binds)
    QString source;
    QString destination;
    bool readWrite = true;
};

// One entry of GET /containers/json, as the list shows it.
struct ContainerInfo
{
    QString id;
    QString name;        // first of Names, without the leading "/"
    QString image;
    QString imageId;
    QString command;
    QString state;       // created, running, paused, restarting, removing, exited, dead
    QString status;      // "Up 5 minutes", "Exited (0) 2 hours ago"
    QDateTime created;
    QVector<ContainerPort> ports;
    QVector<ContainerMount> mounts;
    QJsonObject labels;
    qint64 sizeRw = 0;     // the container's own writable layer; missing in the JSON means 0
    qint64 sizeRootFs = 0; // image + writable layer
    bool hasSize = false;  // the list was asked with size=1

    static ContainerInfo fromJson(const QJsonObject &object);

    bool isRunning() const { return state == QLatin1String("running") || state == QLatin1String("restarting"); }
    bool isPaused() const { return state == QLatin1String("paused"); }
    QString shortId() const { return id.left(12); }
    // "127.0.0.1:8080→80/tcp, 443/tcp" like the ports column of `docker ps`.
    QString portsText() const;
    // "data→/data, /home/me→/src (ro)".
    QString mountsText() const;
    // Same content (the list re-fetch compares before emitting dataChanged).
    bool sameAs(const ContainerInfo &other) const;
};

} // namespace dx

Q_DECLARE_METATYPE(dx::ContainerInfo)
