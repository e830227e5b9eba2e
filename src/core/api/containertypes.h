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
    QString health;      // starting, healthy, unhealthy; empty without a HEALTHCHECK
    QDateTime created;
    QList<ContainerPort> ports;
    QList<ContainerMount> mounts;
    QMap<QString, QString> labels;
    qint64 sizeRw = 0;     // the container's own writable layer
    qint64 sizeRootFs = 0; // image + writable layer
    bool hasSize = false;  // listed with size=1
    // Let statusText() count locally. Exact from an inspect (hasTimes); from a list they are
    // estimated once from `status` (deriveTimes()).
    QDateTime startedAt;
    QDateTime finishedAt;
    int exitCode = 0;
    bool hasTimes = false;

    static bool fromJson(const QJsonObject &object, ContainerSummary *summary, QString *error);

    // "Up 4 minutes", "Exited (0) 2 hours ago" as `docker ps` words it, counted from the
    // times at `now` and translated; the engine's `status` while no time is known.
    QString statusText(const QDateTime &now) const;
    // Reads startedAt/finishedAt/exitCode/health back from the engine's English `status`
    // ("Up About an hour (healthy)"), as precisely as its words allow: `uncertaintySecs` is how
    // far off the estimate may be. False when the text carries no time ("Created").
    bool deriveTimes(const QDateTime &now, qint64 *uncertaintySecs = nullptr);
    // Whether statusText() changes as time passes (running, paused, restarting, exited).
    bool hasClock() const;

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
    QString health;       // State.Health.Status
    QString path;         // Path and Args: the command as `docker ps` shows it
    QStringList args;
    bool running = false;
    bool paused = false;
    bool restarting = false;
    bool dead = false;
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
    QList<ContainerPort> ports; // NetworkSettings.Ports, one entry per binding as the list has them
    QString restartPolicy;
    qint64 sizeRw = 0;    // only with inspect?size=1 (ContainersApi::inspectWithSize)
    qint64 sizeRootFs = 0;
    bool hasSize = false;
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

// What "Exited (N)" means, in a sentence: 0 success, 1 the program's own error, 125-127 docker
// or the shell could not run the command, 128+n killed by signal n (137: SIGKILL, after the stop
// timeout or for lack of memory, which `oomKilled` from the inspect document tells; 143: SIGTERM).
QString exitCodeMeaning(int exitCode, bool oomKilled = false);

// go-units HumanDuration, as the docker CLI words ages ("Less than a second", "About a
// minute", "3 hours", "2 weeks"), translated.
QString humanDuration(qint64 seconds);
// The inverse for the engine's English words: the middle of the span they cover in seconds
// (half of it in `halfSpanSecs`), or -1 when `text` is not one.
qint64 parseHumanDuration(const QString &text, qint64 *halfSpanSecs = nullptr);

} // namespace dx

Q_DECLARE_METATYPE(dx::ContainerSummary)
