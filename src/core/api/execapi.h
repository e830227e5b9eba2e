#pragma once

#include "apicall.h"
#include "commandrecord.h"

#include <QStringList>

namespace dx {

class DockerApi;
class EngineReply;

struct ExecOptions
{
    QStringList cmd;
    bool tty = false;
    bool attachStdin = false;
    bool attachStdout = true;
    bool attachStderr = true;
    QString user;
    QString workingDir;
    QStringList env;
};

struct ExecDetails
{
    QString id;
    bool running = false;
    int exitCode = -1; // -1 while running
    int pid = 0;

    static bool fromJson(const QJsonObject &object, ExecDetails *details, QString *error);
};

// /containers/{id}/exec and /exec/{id}/...
class ExecApi final
{
    Q_DISABLE_COPY_MOVE(ExecApi)

public:
    explicit ExecApi(DockerApi *api)
        : m_api(api)
    {
    }

    // Returns the exec instance id.
    ApiCall<QString> create(const QString &container, const ExecOptions &options, const CallContext &context = {});
    // POST /exec/{id}/start without a TTY or stdin: the command's output, delivered as it
    // arrives (EngineReply::dataReceived), multiplexed as [stream, 0, 0, 0, size] frames
    // (ExecOutputDemuxer). The engine closes the stream when the command ends; inspect() then
    // says how it exited. Bulk: a command silent for the stall limit fails.
    EngineReply *start(const QString &execId, const CallContext &context = {});
    // POST /exec/{id}/start for an interactive session (created with attachStdin): the
    // connection is hijacked (EngineRequest::upgrade) and carries raw bytes both ways,
    // unframed with a TTY. Ends when the command does; inspect() then gives its exit code.
    EngineReply *startInteractive(const QString &execId, bool tty, const CallContext &context = {});
    ApiCall<ExecDetails> inspect(const QString &execId, const CallContext &context = {});
    ApiCall<NoContent> resize(const QString &execId, int rows, int columns, const CallContext &context = {});

private:
    DockerApi *m_api;
};

} // namespace dx
