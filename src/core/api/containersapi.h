#pragma once

#include "apicall.h"
#include "commandrecord.h"
#include "containertypes.h"
#include "streams/containerpathstat.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <memory>

namespace dx {

class BodySource;
class DockerApi;
struct ContainerSpec;
class EngineReply;

struct ContainerListOptions
{
    bool all = true;
    bool size = false; // walks every writable layer on the engine: slow on big hosts
    QMap<QString, QStringList> filters;
};

// POST /containers/{id}/attach: the main process's terminal (`docker attach`).
struct AttachOptions
{
    bool stdin = true;  // only useful when the container was created with OpenStdin
    bool logs = false;  // first what it printed so far (all of it: only right after a start)
};

struct LogOptions
{
    bool follow = false;
    bool timestamps = false;
    int tail = -1;       // -1: all
    QDateTime since;     // only lines from this moment on (to the millisecond); invalid: from the start
};

// POST /commit (`docker commit`): the container's writable layer becomes an image layer.
struct CommitOptions
{
    QString repository;  // empty: an untagged image
    QString tag;         // empty with a repository: latest
    QString comment;     // -m
    QString author;      // -a
    QStringList changes; // -c, Dockerfile instructions: CMD ["sh"], ENV A=b, ...
    bool pause = true;   // freeze the processes while the layer is copied (the CLI's default)
};

// /containers/... Every method takes the container as the user knows it (name or id); that
// word is what the Docker Commands panel shows.
class ContainersApi final
{
    Q_DISABLE_COPY_MOVE(ContainersApi)

public:
    explicit ContainersApi(DockerApi *api)
        : m_api(api)
    {
    }

    ApiCall<QList<ContainerSummary>> list(const ContainerListOptions &options = {}, const CallContext &context = {});
    ApiCall<ContainerDetails> inspect(const QString &container, const CallContext &context = {});
    // The same with SizeRw/SizeRootFs (`docker inspect --size`): walks the writable layer.
    ApiCall<ContainerDetails> inspectWithSize(const QString &container, const CallContext &context = {});
    // `config` is the body of POST /containers/create (Image, Cmd, HostConfig, ...).
    ApiCall<ContainerCreated> create(const QJsonObject &config, const QString &name = {}, const CallContext &context = {});
    // The same for the app's own containers, with the exact `docker create` words.
    ApiCall<ContainerCreated> create(const ContainerSpec &spec, const QString &name = {}, const CallContext &context = {});
    ApiCall<NoContent> start(const QString &container, const CallContext &context = {});
    // timeoutSeconds < 0: the engine's default (10 s, or the container's StopTimeout).
    ApiCall<NoContent> stop(const QString &container, int timeoutSeconds = -1, const CallContext &context = {});
    ApiCall<NoContent> restart(const QString &container, int timeoutSeconds = -1, const CallContext &context = {});
    ApiCall<NoContent> kill(const QString &container, const QString &signal = {}, const CallContext &context = {});
    ApiCall<NoContent> pause(const QString &container, const CallContext &context = {});
    ApiCall<NoContent> unpause(const QString &container, const CallContext &context = {});
    ApiCall<NoContent> remove(const QString &container, bool force = false, bool volumes = false,
                              const CallContext &context = {});
    ApiCall<NoContent> rename(const QString &container, const QString &newName, const CallContext &context = {});
    // The id of the new image ("sha256:...").
    ApiCall<QString> commit(const QString &container, const CommitOptions &options, const CallContext &context = {});
    ApiCall<QList<ContainerChange>> changes(const QString &container, const CallContext &context = {});
    ApiCall<ProcessList> top(const QString &container, const QString &psArgs = {}, const CallContext &context = {});
    ApiCall<ContainerWaitResult> wait(const QString &container, const QString &condition = {},
                                      const CallContext &context = {});
    ApiCall<PruneReport> prune(const QMap<QString, QStringList> &filters = {}, const CallContext &context = {});

    // Streams: the caller reads dataReceived() (LogDemuxer, ContainerStats decoders) and
    // aborts the reply when done.
    EngineReply *logs(const QString &container, const LogOptions &options, const CallContext &context = {});
    EngineReply *stats(const QString &container, bool stream, const CallContext &context = {});
    // A tar of `path` (GET /containers/{id}/archive): `docker cp CONTAINER:PATH -`.
    EngineReply *getArchive(const QString &container, const QString &path, const CallContext &context = {});
    // HEAD /containers/{id}/archive: what is at `path`, without its content.
    ApiCall<ContainerPathStat> statPath(const QString &container, const QString &path, const CallContext &context = {});
    // Unpacks a tar into the directory `path`: `docker cp - CONTAINER:PATH`.
    ApiCall<NoContent> putArchive(const QString &container, const QString &path, std::shared_ptr<BodySource> tar,
                                  const CallContext &context = {});

    // The main process's input and output over a hijacked connection (EngineReply::write):
    // raw with a TTY, framed as ExecOutputDemuxer reads without. Ends when the process does.
    EngineReply *attach(const QString &container, const AttachOptions &options, const CallContext &context = {});
    // The size of the container's TTY (the main process's terminal).
    ApiCall<NoContent> resize(const QString &container, int rows, int columns, const CallContext &context = {});

private:
    DockerApi *m_api;
};

} // namespace dx
