#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace dx {

struct ContainerPort
{
    QString ip;
    int privatePort = 0;
    int publicPort = 0; // 0: exposed but not published
    QString type;       // tcp, udp, sctp

    bool operator==(const ContainerPort &o) const
    {
        return ip == o.ip && privatePort == o.privatePort && publicPort == o.publicPort && type == o.type;
    }
};

struct ContainerMount
{
    QString type;        // volume, bind, tmpfs
    QString name;        // volume name (empty for binds)
    QString source;
    QString destination;
    bool readWrite = true;

    bool operator==(const ContainerMount &o) const
    {
        return type == o.type && name == o.name && source == o.source && destination == o.destination
            && readWrite == o.readWrite;
    }
};

// One entry of GET /containers/json.
struct ContainerSummary
{
    QString id;
    QString name;        // first of Names, without the leading "/"
    QString image;       // the reference it was created with, as `docker ps` shows it
    QString imageId;
    QString command;
    QString state;       // created, running, paused, restarting, removing, exited, dead
    QString status;      // the engine's "Up 5 minutes" at listing time; see statusText()
    QDateTime created;
    QList<ContainerPort> ports;
    QList<ContainerMount> mounts;
    QMap<QString, QString> labels;
    qint64 sizeRw = 0;     // the container's own writable layer
    qint64 sizeRootFs = 0; // image + writable layer
    bool hasSize = false;  // listed with size=1
    // From an inspect (events, targeted fetches): lets statusText() count locally.
    QDateTime startedAt;
    QDateTime finishedAt;
    int exitCode = 0;
    bool hasTimes = false;

    static bool fromJson(const QJsonObject &object, ContainerSummary *summary, QString *error);

    bool isRunning() const { return state == QLatin1String("running") || state == QLatin1String("restarting"); }
    bool isPaused() const { return state == QLatin1String("paused"); }
    QString shortId() const { return id.left(12); }
    // "127.0.0.1:8080→80/tcp, 443/tcp" like the ports column of `docker ps`.
    QString portsText() const;
    // "data→/data, /home/me→/src (ro)".
    QString mountsText() const;
    bool sameAs(const ContainerSummary &other) const;
};

// The parts of GET /containers/{id}/json the app uses, plus the whole document for the
// inspect view.
struct ContainerDetails
{
    QString id;
    QString name;
    QString image;        // Config.Image: the reference the user chose
    QString imageId;      // Image: sha256:...
    QString status;       // State.Status
    bool running = false;
    bool paused = false;
    bool oomKilled = false;
    int exitCode = 0;
    QString error;
    QDateTime created;
    QDateTime startedAt;  // invalid while never started
    QDateTime finishedAt;
    QStringList env;
    QStringList cmd;
    QStringList entrypoint;
    QString workingDir;
    QString user;
    bool tty = false;
    bool openStdin = false;
    QMap<QString, QString> labels;
    QList<ContainerMount> mounts;
    QString restartPolicy;
    QJsonObject raw;

    static bool fromJson(const QJsonObject &object, ContainerDetails *details, QString *error);
    // The summary a list would show, so a targeted inspect can update a store row.
    ContainerSummary toSummary() const;
};

// One line of GET /containers/{id}/changes (`docker diff`).
struct ContainerChange
{
    enum class Kind { Modified = 0, Added = 1, Deleted = 2 };
    QString path;
    Kind kind = Kind::Modified;

    static bool fromJson(const QJsonObject &object, ContainerChange *change, QString *error);
};

// GET /containers/{id}/top (`docker top`).
struct ProcessList
{
    QStringList titles;
    QList<QStringList> processes;

    static bool fromJson(const QJsonObject &object, ProcessList *list, QString *error);
};

struct ContainerCreated
{
    QString id;
    QStringList warnings;
};

struct ContainerWaitResult
{
    int statusCode = 0;
    QString error;
};

struct PruneReport
{
    QStringList deleted;
    qint64 spaceReclaimed = 0;
};

// RFC 3339 with nanoseconds as the engine writes it; "0001-01-01T00:00:00Z" reads as invalid.
QDateTime parseEngineTime(const QString &text);

} // namespace dx

Q_DECLARE_METATYPE(dx::ContainerSummary)
