#pragma once

#include "apiresult.h"
#include "commandrecord.h"
#include "engine/engine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace dx {

class BuildApi;
class ContainersApi;
class EventsApi;
class ExecApi;
class ImagesApi;
class Job;
class NetworksApi;
class SystemApi;
class VolumesApi;

// The typed Docker Engine API: the only place that knows paths, query parameters, API-version
// gates and JSON shapes. Views and models call `api->containers().start(name)` and get value
// types back; they never build a request.
//
// It is also the only source of the Docker Commands panel: a command is reported when its
// request is handed to the engine (commandStarted) and again with its outcome
// (commandFinished). Nothing that was not sent is ever reported.
class DockerApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerApi)

public:
    explicit DockerApi(Engine *engine, QObject *parent = nullptr);
    ~DockerApi() override;

    Engine *engine() const { return m_engine; }

    ContainersApi &containers() const { return *m_containers; }
    ImagesApi &images() const { return *m_images; }
    VolumesApi &volumes() const { return *m_volumes; }
    NetworksApi &networks() const { return *m_networks; }
    ExecApi &exec() const { return *m_exec; }
    SystemApi &system() const { return *m_system; }
    BuildApi &build() const { return *m_build; }

    // Sends one request on behalf of `command`. Used by the resource classes only.
    EngineReply *send(const EngineRequest &request, const Command &command, const CallContext &context);

    // A user command made of several requests (`docker run` = create + start): reported once,
    // when its first request is sent; endGroup() gives its outcome. A group none of whose
    // requests was sent (a cancelled dialog) is never reported.
    quint64 beginGroup(const QString &cli, const QString &description);
    void endGroup(quint64 group, const ApiError &error = {});

    // Long work (builds, transfers, pulls) registers here, so quitting can cancel and wait.
    void trackJob(Job *job);
    // Requests that must reach the engine even while the app quits (removing a helper
    // container): drain() waits for them.
    void markEssential(EngineReply *reply);
    // Cancels every tracked job and waits, at most `timeoutMs`, for jobs and essential
    // requests to end. Returns true when everything ended in time.
    bool drain(int timeoutMs);
    int pendingEssential() const;

    // Percent-encodes one path segment (ids, names; image references keep '/', ':' and '@').
    static QString segment(const QString &value);

signals:
    void commandStarted(const dx::CommandRecord &record);
    void commandFinished(const dx::CommandRecord &record);

private:
    struct Group
    {
        CommandRecord record;
        QElapsedTimer timer;
        bool sent = false;
    };

    void finishRecord(CommandRecord record, qint64 elapsedMs, const ApiError &error);

    QPointer<Engine> m_engine;
    std::unique_ptr<ContainersApi> m_containers;
    std::unique_ptr<ImagesApi> m_images;
    std::unique_ptr<VolumesApi> m_volumes;
    std::unique_ptr<NetworksApi> m_networks;
    std::unique_ptr<ExecApi> m_exec;
    std::unique_ptr<SystemApi> m_system;
    std::unique_ptr<BuildApi> m_build;
    QHash<quint64, Group> m_groups;
    QList<QPointer<Job>> m_jobs;
    QSet<EngineReply *> m_essential;
    quint64 m_nextId = 1;
};

} // namespace dx
